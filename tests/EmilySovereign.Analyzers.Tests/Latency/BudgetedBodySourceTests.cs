using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// A budgeted body is taken from the operation blocks the driver hands over, not asked of the semantic model again
/// (issue 26): for every kind of member with a body, <see cref="LatencyBudgetAnalyzer.BodyIn"/> finds in the driver's
/// own blocks the same body the model gives for the declaration.
/// </summary>
public sealed class BudgetedBodySourceTests
{
    private const string Source = """
        class A : System.Attribute { public A(int x) { } }
        partial class C
        {
            [A(7)] partial void Never();
            [A(1)] public int Arrow() => Get() + 1;
            [A(2)] public int Braces() { return Get(); }
            [A(3)] public C() : this(1) { Get(); }
            public C(int i) => Get();
            [A(4)] public int Getter => Get();
            public int Both { get => Get(); set { Get(); } }
            [A(5)] public void Defaults(int x = 3) => Get();
            [A(6)] public static int operator +(C a, C b) => 1;
            public int Get() => 1;
        }
        """;

    [Fact]
    public async Task Every_member_with_a_body_finds_it_among_the_drivers_blocks_and_one_without_finds_none()
    {
        var found = await BodiesFromBlocks();

        Assert.Equal(
            ["A.A(int)", "C.Arrow()", "C.Both.get", "C.Both.set", "C.Braces()", "C.C()", "C.C(int)", "C.Defaults(int)", "C.Get()", "C.Getter.get", "C.Never()", "C.operator +(C, C)"],
            found.Bodies.Keys.OrderBy(name => name, System.StringComparer.Ordinal));
        // A partial method never implemented has a block of its own (its attribute) and no body.
        Assert.Equal(["C.Never()"], found.Bodies.Where(pair => pair.Value is null).Select(pair => pair.Key));
    }

    [Fact]
    public async Task A_constructors_body_holds_its_initializer()
    {
        var found = await BodiesFromBlocks();

        var body = Assert.IsAssignableFrom<IConstructorBodyOperation>(found.Bodies["C.C()"]);
        Assert.NotNull(body.Initializer);
    }

    [Theory]
    [InlineData("C.Arrow()")]
    [InlineData("C.Braces()")]
    [InlineData("C.C()")]
    [InlineData("C.Both.set")]
    [InlineData("C.Defaults(int)")]
    [InlineData("C.Getter.get")]
    public async Task The_body_found_is_the_one_the_model_gives(string member)
    {
        var found = await BodiesFromBlocks();

        // As LatencyContext.BodyOf asks the model: the operation of the method's declaring syntax.
        var body = found.Bodies[member]!;
        var method = found.Methods[member];
        var fromModel = body.SemanticModel!.GetOperation(method.DeclaringSyntaxReferences[0].GetSyntax());
        Assert.Same(fromModel, body);
    }

    private static async Task<BlockRecorder> BodiesFromBlocks()
    {
        var recorder = new BlockRecorder();
        var compilation = CSharpCompilation.Create(
            "Sample", [CSharpSyntaxTree.ParseText(Source)], TestReferences.All, TestReferences.LibraryOptions);
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(recorder)).GetAnalyzerDiagnosticsAsync();
        return recorder;
    }

#pragma warning disable RS1036, RS1001, RS2008 // a test-only recorder, never shipped
    private sealed class BlockRecorder : DiagnosticAnalyzer
    {
        public ConcurrentDictionary<string, IOperation?> Bodies { get; } = new();

        public ConcurrentDictionary<string, IMethodSymbol> Methods { get; } = new();

        // The driver runs no analyzer that reports nothing.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new("BODY", "body", "body", "test", DiagnosticSeverity.Hidden, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            // Methods only, as the latency analyzer: a property's own block holds its attributes.
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is IMethodSymbol method)
                {
                    Methods[method.ToDisplayString()] = method;
                    Bodies[method.ToDisplayString()] = LatencyBudgetAnalyzer.BodyIn(block.OperationBlocks);
                }
            });
        }
    }
#pragma warning restore RS1036, RS1001, RS2008
}
