// ES5005 (off by default; on for this file in this gallery's .editorconfig): a layered type carries no [Adr].
namespace Emily.NervousSystem.Gallery
{
    public sealed class Axon { } // expect: ES5005
}
