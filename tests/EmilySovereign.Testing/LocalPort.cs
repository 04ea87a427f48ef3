using System.Net;
using System.Net.Sockets;

namespace EmilySovereign.Testing;

/// <summary>Ports on the loopback interface for a server a test starts.</summary>
public static class LocalPort
{
    /// <summary>A port the system just handed out as free (released again, for the test's server to bind).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
