// ES1001: a type in one layer uses a type in a layer it may not use (Instinct may use only NervousSystem).
namespace Emily.Cognition.Gallery
{
    public sealed class Plan { }
}

namespace Emily.Instinct.Gallery
{
    public sealed class Startle
    {
        public Emily.Cognition.Gallery.Plan? Plan { get; set; } // expect: ES1001
    }
}
