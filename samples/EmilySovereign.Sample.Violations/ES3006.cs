// ES3006: a flag name cannot become an environment variable (EMILY_FLAG_<NAME>) and a FeatureFlags property.
using EmilySovereign;

[assembly: FeatureFlag("new model")] // expect: ES3006
