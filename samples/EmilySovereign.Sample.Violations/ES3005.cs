// ES3005: a flag's RolloutPercent is outside 0..100.
using EmilySovereign;

[assembly: FeatureFlag("dream_replay", RolloutPercent = 150)] // expect: ES3005
