using Starlette.Types;

namespace Starlette.Datastructures.Tests;

public class AddressTests
{
    [Fact]
    public void Address_FromEndpoint_KeepsHostAndPort()
    {
        var address = new Address(new HostPort("127.0.0.1", 8000));
        var (host, port) = address;

        Assert.Equal(("127.0.0.1", 8000), (host, port));
        Assert.Equal(new Address("127.0.0.1", 8000), address);
        Assert.Equal("Address(host='127.0.0.1', port=8000)", address.ToString());
        Assert.Equal("Address(host='/tmp/s.sock', port=None)", new Address("/tmp/s.sock", null).ToString());
    }
}
