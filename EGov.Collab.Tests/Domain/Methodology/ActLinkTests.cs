using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Tests.Domain.Methodology;

public sealed class ActLinkTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void LinkToItself_IsRefused()
    {
        Assert.Equal(MethodologyErrors.SelfLink, ActLink.Create(A, A, ActLinkType.IsBasisFor, []).Error);
    }

    [Fact]
    public void AmendsCycle_ThroughAChain_IsRefused()
    {
        var ab = ActLink.Create(A, B, ActLinkType.Amends, []).Value;
        var bc = ActLink.Create(B, C, ActLinkType.Amends, [ab]).Value;

        Assert.Equal(MethodologyErrors.AmendsCycle, ActLink.Create(C, A, ActLinkType.Amends, [ab, bc]).Error);
        Assert.Equal(MethodologyErrors.AmendsCycle, ActLink.Create(B, A, ActLinkType.Amends, [ab, bc]).Error);
    }

    [Fact]
    public void OtherLinkTypes_DoNotMakeAnAmendsCycle()
    {
        var ab = ActLink.Create(A, B, ActLinkType.Amends, []).Value;

        Assert.True(ActLink.Create(B, A, ActLinkType.IsBasisFor, [ab]).IsSuccess);
        var repeals = ActLink.Create(C, A, ActLinkType.Repeals, [ab]).Value;
        Assert.True(ActLink.Create(A, C, ActLinkType.Amends, [ab, repeals]).IsSuccess);
    }

    [Fact]
    public void SameLinkTwice_IsRefused()
    {
        var ab = ActLink.Create(A, B, ActLinkType.Repeals, []).Value;

        Assert.Equal(MethodologyErrors.DuplicateLink, ActLink.Create(A, B, ActLinkType.Repeals, [ab]).Error);
    }
}
