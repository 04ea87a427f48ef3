namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>The used side of the tests: types in the Cognition layer, one per kind of thing a use can name.</summary>
internal static class LayerTestSources
{
    public const string Cognition = """
        using System;

        namespace Emily.Cognition
        {
            public class Planner
            {
                public const int Limit = 3;
                public int Value;
                public int Run() => Value;
                public static int Plan() => Limit;
                public class Step { }
            }

            public interface IPlan { }
            public struct PlanStruct { }
            public delegate void PlanHandler();
            public class PlanException : Exception { }
            public sealed class PlanAttribute : Attribute { }
            public static class PlanExtensions
            {
                public static int Twice(this int value) => value * 2;
            }
        }

        namespace Shared
        {
            /// <summary>Code in no layer, which hands Cognition objects to anyone.</summary>
            public static class Provider
            {
                public static Emily.Cognition.Planner Planner => new();
            }
        }
        """;
}
