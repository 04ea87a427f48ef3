// ES3003: a flag is past its Expires date (the build's date; EmilySovereignToday pins it).
using EmilySovereign;

[assembly: FeatureFlag("hdc_warm_start", Expires = "2020-01-31")] // expect: ES3003
