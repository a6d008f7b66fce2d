namespace Starlette.Types.Tests;

public class ScopeItemKeysTests
{
    [Theory]
    [InlineData(ScopeItemKeys.App, "app")]
    [InlineData(ScopeItemKeys.Router, "router")]
    [InlineData(ScopeItemKeys.Endpoint, "endpoint")]
    [InlineData(ScopeItemKeys.AppRootPath, "app_root_path")]
    [InlineData(ScopeItemKeys.ExceptionHandlers, "starlette.exception_handlers")]
    [InlineData(ScopeItemKeys.MaxBodySize, "starlette.max_body_size")]
    [InlineData(ScopeItemKeys.Session, "session")]
    [InlineData(ScopeItemKeys.User, "user")]
    [InlineData(ScopeItemKeys.Auth, "auth")]
    public void Key_IsUpstreamsScopeKey(string key, string upstream) => Assert.Equal(upstream, key);
}
