namespace Starlette.Hosting.Kestrel;

/// <summary>Whether the server runs the app's lifespan (uvicorn's <c>--lifespan</c>).</summary>
public enum LifespanMode
{
    /// <summary>Run it; an app that returns without answering is taken not to use lifespan.</summary>
    Auto,

    /// <summary>Run it; an app that does not answer fails the start.</summary>
    On,

    /// <summary>Do not run it.</summary>
    Off,
}
