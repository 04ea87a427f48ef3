using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.MetricRules;

/// <summary>How a tag's value becomes the tag: which conversion the generated code writes.</summary>
internal enum TagKind
{
    String,
    Enum,
    Boolean,
    Number,
}

/// <summary>A shape problem of a metric method (ES4003) and the syntax it is reported on.</summary>
internal readonly struct ShapeProblem
{
    public ShapeProblem(string message, SyntaxNode? at)
    {
        Message = message;
        At = at;
    }

    public string Message { get; }

    /// <summary>The node to report on; null means the method's name.</summary>
    public SyntaxNode? At { get; }
}

/// <summary>
/// The shape rules of a metric method, shared by the ES4003 analyzer (which reports them) and the generator (which
/// implements only methods that follow them, so a wrong shape never produces code that does not compile).
/// </summary>
internal static class MetricShape
{
    public const string CounterAttribute = "EmilySovereign.Metrics.CounterAttribute";
    public const string HistogramAttribute = "EmilySovereign.Metrics.HistogramAttribute";
    public const string GaugeAttribute = "EmilySovereign.Metrics.GaugeAttribute";
    public const string GaugeType = "System.Diagnostics.Metrics.Gauge`1";

    /// <summary>The first shape problem of <paramref name="method"/>, or null when the generator can implement it.</summary>
    /// <param name="isGauge">Gauges need <c>Gauge&lt;T&gt;</c> (.NET 9, or DiagnosticSource 9+).</param>
    public static ShapeProblem? Check(IMethodSymbol method, MethodDeclarationSyntax syntax, bool isGauge, bool hasGaugeType)
    {
        if (!method.IsStatic)
            return new ShapeProblem("it is not static", null);
        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || syntax.Body is not null || syntax.ExpressionBody is not null)
            return new ShapeProblem("it is not a partial method declaration without a body", null);
        if (method.IsGenericMethod)
            return new ShapeProblem("it is generic", syntax.TypeParameterList);
        if (!method.ReturnsVoid)
            return new ShapeProblem($"it returns '{method.ReturnType.ToDisplayString()}'; a metric method returns void", syntax.ReturnType);
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
                return new ShapeProblem($"its type '{type.Name}' is generic", null);
            if (!IsPartial(type))
                return new ShapeProblem($"its type '{type.Name}' is not partial", null);
        }

        if (isGauge && !hasGaugeType)
            return new ShapeProblem("[Gauge] needs System.Diagnostics.Metrics.Gauge<T> (.NET 9 or later, or the System.Diagnostics.DiagnosticSource package 9 or later)", null);
        if (method.Parameters.Length == 0)
            return new ShapeProblem("it has no value parameter (the first parameter is the value)", syntax.ParameterList);

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
                return new ShapeProblem($"parameter '{parameter.Name}' is passed by reference or as params", parameterSyntax);
            if (i == 0 && ValueKeyword(parameter.Type) is null)
                return new ShapeProblem($"its value '{parameter.Name}' is a '{parameter.Type.ToDisplayString()}'; use long, int, double or float", parameterSyntax?.Type);
            if (i > 0 && TagKindOf(parameter.Type) is null)
                return new ShapeProblem($"its tag '{parameter.Name}' is a '{parameter.Type.ToDisplayString()}'; a tag is a primitive, a string or an enum", parameterSyntax?.Type);
        }

        return null;
    }

    /// <summary>The C# keyword of a supported value type, or null.</summary>
    public static string? ValueKeyword(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Int64 => "long",
        SpecialType.System_Int32 => "int",
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "float",
        _ => null,
    };

    /// <summary>How the generated code turns a tag of this type into a tag value, or null when it is not a tag type.</summary>
    public static TagKind? TagKindOf(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum)
            return TagKind.Enum;
        return type.SpecialType switch
        {
            SpecialType.System_String => TagKind.String,
            SpecialType.System_Boolean => TagKind.Boolean,
            SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal => TagKind.Number,
            _ => null,
        };
    }

    /// <summary>The metric attribute kind of <paramref name="attributeClass"/> by metadata name, or null.</summary>
    public static string? KindOf(INamedTypeSymbol? attributeClass)
    {
        // The name first, the namespace by its parts: called for every attribute of every method, so nothing is allocated.
        var kind = attributeClass?.Name switch
        {
            "CounterAttribute" => "Counter",
            "HistogramAttribute" => "Histogram",
            "GaugeAttribute" => "Gauge",
            _ => null,
        };
        return kind is not null
            && attributeClass!.ContainingNamespace is { Name: "Metrics" } metrics
            && metrics.ContainingNamespace is { Name: "EmilySovereign" } root
            && root.ContainingNamespace is { IsGlobalNamespace: true }
            ? kind
            : null;
    }

    private static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                return true;
        }

        return false;
    }
}
