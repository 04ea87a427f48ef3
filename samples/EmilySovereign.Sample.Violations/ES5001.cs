// ES5001: [Adr(n)] names an ADR that does not exist in docs/adr.
using EmilySovereign;

namespace Emily.Gallery
{
    [Adr(99)] // expect: ES5001
    public sealed class Forgotten { }
}
