using System.Globalization;

namespace Emily;

/// <summary>
/// The sample's command line: no argument runs the drill and prints the table; <c>--metrics-port PORT</c> also serves
/// <c>/metrics</c> on that port from the first window on, and keeps serving after the table until the standard input
/// ends or a line is entered.
/// </summary>
public sealed record SampleOptions(int? MetricsPort)
{
    public const string Usage = "usage: EmilySovereign.Sample [--metrics-port PORT]";

    /// <summary>Reads the arguments; null when they are not understood.</summary>
    public static SampleOptions? Parse(string[] args)
    {
        if (args.Length == 0)
            return new SampleOptions(MetricsPort: null);
        if (args.Length == 2 && args[0] == "--metrics-port"
            && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535)
            return new SampleOptions(port);
        return null;
    }
}
