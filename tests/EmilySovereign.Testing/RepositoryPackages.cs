using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Xml.Linq;

namespace EmilySovereign.Testing;

/// <summary>
/// The package versions this repository pins in Directory.Packages.props, so that a consumer project built by a test
/// uses the same version as the repository's own projects instead of a second copy of the number.
/// </summary>
public static class RepositoryPackages
{
    /// <summary>The version pinned for the package <paramref name="id"/>; throws if the repository pins none.</summary>
    public static string Version(string id) =>
        XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == id)
            .Attribute("Version")!.Value;

    /// <summary>An ItemGroup with one PackageReference per package, each at its pinned version.</summary>
    public static string References(IEnumerable<string> ids) =>
        "<ItemGroup>" + string.Concat(ids.Select(id =>
            $"<PackageReference Include=\"{SecurityElement.Escape(id)}\" Version=\"{SecurityElement.Escape(Version(id))}\" />")) + "</ItemGroup>";
}
