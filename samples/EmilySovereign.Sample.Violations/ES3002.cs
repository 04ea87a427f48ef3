// ES3002: two flags share a name (both declarations are reported).
using EmilySovereign;

[assembly: FeatureFlag("gflownet_v2", Owner = "cognition")] // expect: ES3002
[assembly: FeatureFlag("gflownet_v2", Default = true)] // expect: ES3002
