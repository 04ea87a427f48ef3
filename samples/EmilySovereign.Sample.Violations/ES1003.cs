// ES1003: [Layer] names a layer architecture.json does not declare.
using EmilySovereign;

namespace Emily.Gallery
{
    [Layer("Cognitoin")] // expect: ES1003
    public sealed class Planner { }
}
