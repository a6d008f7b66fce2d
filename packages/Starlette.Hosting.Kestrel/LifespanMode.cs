namespace Starlette.Hosting.Kestrel;

/// <summary>Whether the server runs the app's lifespan (uvicorn's <c>--lifespan</c>).</summary>
public enum LifespanMode
{
    /// <summary>Run it; an app that returns or throws without answering is taken not to use lifespan (logged as
    /// unsupported, as uvicorn's <c>auto</c>), and the server starts without it.</summary>
    Auto,

    /// <summary>Run it; an app that does not answer, or throws, fails the start.</summary>
    On,

    /// <summary>Do not run it.</summary>
    Off,
}
