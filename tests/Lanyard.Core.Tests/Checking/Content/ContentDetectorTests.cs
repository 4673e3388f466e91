using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Content;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Checking.Content;

public class ContentDetectorTests
{
    private static List<Detection> Run(ITextDetector detector, string text)
    {
        var found = new List<Detection>();
        detector.Detect(text, found);
        return found;
    }

    // testbourne.5b.14: "Vote for X on Thursday" → block; "school is a polling station, closed Thursday" → allow.
    [Theory]
    [InlineData("Vote Labour on Thursday!", "Vote Labour")]
    [InlineData("Please vote for the Greens this time", "vote for the Greens")]
    [InlineData("Vote for Sarah Jones on 2 May", "Vote for Sarah Jones")]
    [InlineData("Support Reform UK", "Support Reform UK")]
    [InlineData("#VoteConservative", "#VoteConservative")]
    [InlineData("Re-elect the Lib Dems", "Re-elect the Lib Dems")]
    public void Political_Campaigning_IsFound(string text, string span)
    {
        var found = Run(new PoliticalCampaigningDetector(), text).ShouldHaveSingleItem();

        text.Substring(found.Start, found.Length).ShouldBe(span);
        found.Category.ShouldBe(FindingCategory.Political);
    }

    [Theory]
    [InlineData("The school is a polling station, so it is closed on Thursday")]
    [InlineData("Year 6 learnt how Parliament votes on new laws")]
    [InlineData("Thank you to our local MP for visiting")]
    [InlineData("Our school council election results are in")]
    [InlineData("Vote for your favourite book cover in the library")]
    [InlineData("Children can vote for the school council on Friday")]
    public void Political_NeutralMentions_AreNotCampaigning(string text)
    {
        Run(new PoliticalCampaigningDetector(), text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Private maths tutoring available, £30 per hour")]
    [InlineData("DM me to order your cakes")]
    [InlineData("Use code SCHOOL10 for 10% off")]
    [InlineData("Check out my new business!")]
    public void Commercial_Promotion_IsFound(string text)
    {
        Run(new CommercialPromotionDetector(), text).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("The PTA summer fair raised £500 for the library")]
    [InlineData("Book fair in the hall on Friday")]
    [InlineData("Dinner money is now £2.60 a day")]
    public void Commercial_SchoolNotices_AreNotPromotion(string text)
    {
        Run(new CommercialPromotionDetector(), text).ShouldBeEmpty();
    }

    // st-marys-sefton.4-1e.01: "DM us your name and address to enter the raffle" → block; "contact the office by phone" → allow.
    [Theory]
    [InlineData("DM us your name and address to enter the raffle")]
    [InlineData("Message us with your child's date of birth")]
    [InlineData("Comment your postcode below!")]
    [InlineData("Send me your phone number")]
    public void PersonalDetailsRequest_IsFound(string text)
    {
        var found = Run(new PersonalDetailsRequestDetector(), text).ShouldHaveSingleItem();

        found.Suggestion.ShouldBe("Ask people to contact the school office instead");
    }

    [Theory]
    [InlineData("To enter the raffle, contact the office by phone")]
    [InlineData("Send your child with a packed lunch")]
    [InlineData("Please update your contact details with the office")]
    public void PersonalDetailsRequest_OfficeContact_IsFine(string text)
    {
        Run(new PersonalDetailsRequestDetector(), text).ShouldBeEmpty();
    }

    // chapmanslade.scope.09: "Another day at Chapmanslade School…" → block; same text without the school reference → allow.
    [Theory]
    [InlineData("chapmanslade", "Another day at Chapmanslade School, these kids...", "Chapmanslade School")]
    [InlineData("chapmanslade", "Another day at chapmanslade", "chapmanslade")]
    [InlineData("testbourne", "As a TCS teacher I think", "TCS")]
    [InlineData("testbourne", "Testbourne parents are the best", "Testbourne")]
    [InlineData("heathcoat", "Heathcoat Primary School sports day", "Heathcoat Primary School")]
    [InlineData("cambrian", "Working for Cambrian Learning Trust", "Cambrian Learning Trust")]
    public void SchoolIdentity_FindsTheSchoolsNames(string pack, string text, string span)
    {
        var found = Run(SchoolIdentityDetector.ForPack(BuiltInPacks.Get(pack)), text).ShouldHaveSingleItem();

        text.Substring(found.Start, found.Length).ShouldBe(span);
    }

    [Theory]
    [InlineData("chapmanslade", "Another day at work, these kids...")]
    [InlineData("st-marys-sefton", "Went to St Mary's church on Sunday")]
    public void SchoolIdentity_NoSchoolName_NothingFound(string pack, string text)
    {
        Run(SchoolIdentityDetector.ForPack(BuiltInPacks.Get(pack)), text).ShouldBeEmpty();
    }

    [Fact]
    public void PhraseDetectors_PathologicalInput_StayLinear()
    {
        var text = string.Concat(Enumerable.Repeat("vote for vote for dm us your \u202E\u200B\uD800", 5_000)) + new string('\u0301', 10_000);
        ITextDetector[] detectors = [new PoliticalCampaigningDetector(), new CommercialPromotionDetector(), new PersonalDetailsRequestDetector(), SchoolIdentityDetector.ForPack(BuiltInPacks.Get("testbourne"))];

        Should.CompleteIn(() => { foreach (var d in detectors) { Run(d, text); } }, TimeSpan.FromSeconds(10));
    }
}
