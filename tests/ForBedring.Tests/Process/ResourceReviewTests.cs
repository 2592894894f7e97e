using ForBedring.Process;

namespace ForBedring.Tests.Process;

/// <summary>C6: the review of other resources; none is a valid outcome.</summary>
public sealed class ResourceReviewTests
{
    [Fact]
    public void Constructor_NoResources_IsAValidOutcome()
    {
        var review = new ResourceReview([]);

        Assert.Empty(review.Resources);
        Assert.Null(review.Note);
    }

    [Fact]
    public void Constructor_ResourceTwiceOrUnknown_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new ResourceReview([SupportResource.HumanResources, SupportResource.HumanResources]));
        Assert.Throws<ArgumentException>(() => new ResourceReview([(SupportResource)17]));
        Assert.Throws<ArgumentNullException>(() => new ResourceReview(null!));
    }
}
