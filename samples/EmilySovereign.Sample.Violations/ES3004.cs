// ES3004: a flag's Expires is not a yyyy-MM-dd date.
using EmilySovereign;

[assembly: FeatureFlag("quiet_hours", Expires = "2027-02-30")] // expect: ES3004
