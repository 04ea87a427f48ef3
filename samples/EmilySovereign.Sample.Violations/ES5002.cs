// ES5002: [Adr(n)] names an ADR that is superseded (ADR 2 by ADR 3).
using EmilySovereign;

namespace Emily.Gallery
{
    [Adr(2)] // expect: ES5002
    public sealed class StrictGate { }
}
