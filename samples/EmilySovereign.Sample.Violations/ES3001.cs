// ES3001: a constant name given to FeatureFlags.IsEnabled is not a declared flag (the flags are declared in ES3002.cs).
namespace Emily.Gallery
{
    public static class Policy
    {
        public static bool UseNewModel() => FeatureFlags.IsEnabled("gflownet_v3"); // expect: ES3001
    }
}
