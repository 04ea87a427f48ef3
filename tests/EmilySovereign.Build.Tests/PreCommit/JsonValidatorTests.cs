using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using EmilySovereign.Build.PreCommit.Checks;

namespace EmilySovereign.Build.Tests.PreCommit;

public sealed class JsonValidatorTests
{
    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Const("true"), Gen.Const("false"), Gen.Const("null"),
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 8].Select(s => "\"" + s + "\""));

    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth > 3
        ? Scalar
        : Gen.OneOf(
            Scalar,
            value.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]"),
            Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 6], value).Array[0, 4]
                .Select(props => "{" + string.Join(",\n", props.Select(p => "\"" + p.Item1 + "\": " + p.Item2)) + "}")));

    [Fact]
    public void EveryGeneratedDocument_IsValid() =>
        Value.Sample(json => Assert.Null(JsonValidator.Validate(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void EveryTruncatedObject_IsInvalid() =>
        Value.Where(json => json.StartsWith('{') && json.Length > 2).Sample(json =>
            Assert.NotNull(JsonValidator.Validate(Encoding.UTF8.GetBytes(json[..^1]))));
}
