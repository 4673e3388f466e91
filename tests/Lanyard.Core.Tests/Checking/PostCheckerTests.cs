using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Checking;

/// <summary>The post check's verdicts are the pack's answers: each test names the clause it proves.</summary>
public class PostCheckerTests
{
    // 2025/26 school year.
    private static readonly DateOnly Today = new(2025, 11, 21);
    private static readonly PhotoAttachment Photo = new("sports-day.jpg", new byte[] { 1, 2, 3 });
    private static readonly Pupil Amy = new("P1", "Amy", null, "Smith", "Year 2");

    private static CheckResult Check(string pack, string text, PostChannel channel = PostChannel.SchoolAccount, bool photo = false,
        IEnumerable<ConsentRecord>? consent = null, Role author = Role.Staff, IReadOnlyList<string>? tags = null, ITextDetector? detector = null,
        IReadOnlyList<string>? staff = null)
    {
        var checker = new PostChecker(detector is null ? [] : [detector]);
        var draft = new Draft { Text = text, Channel = channel, AuthorRole = author, Photos = photo ? [Photo] : [], Tags = tags ?? [] };
        var context = new CheckContext
        {
            Pack = BuiltInPacks.Get(pack),
            Today = Today,
            Roster = [Amy],
            Consent = new ConsentRegister(consent ?? []),
            StaffNames = staff ?? [],
        };
        return checker.Check(draft, context);
    }

    private static ConsentRecord Consent(int year, ConsentChoice? photo, ConsentChoice? name, bool never = false) =>
        new("P1", new SchoolYear(year), photo, name, never);

    [Theory]
    [InlineData("Well done Amy!", true, Verdict.Block)]
    [InlineData("Well done Amy Smith!", true, Verdict.Block)]
    [InlineData("Well done Amy!", false, Verdict.Allow)]
    [InlineData("Sports day was brilliant", true, Verdict.Allow)]
    public void StMarys_4_1f_NoNameAtAllWithAPupilPhoto(string text, bool photo, Verdict expected)
    {
        var result = Check("st-marys-sefton", text, photo: photo);

        result.Verdict.ShouldBe(expected);
        if (expected == Verdict.Block)
        {
            result.Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("st-marys-sefton.4-1f.01");
            result.PackVersion.ShouldBe("2.0");
        }
    }

    [Fact]
    public void Heathcoat_staff_09_FullNameWithPhoto_BlocksAndSuggestsTheFirstName()
    {
        var result = Check("heathcoat", "Amy Smith won the race", photo: true);

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Verdict.ShouldBe(Verdict.Block);
        finding.ClauseId.ShouldBe("heathcoat.staff.09");
        finding.Suggestion.ShouldBe("Amy");
        (finding.Start, finding.Length).ShouldBe((0, 9));
    }

    [Fact]
    public void Heathcoat_parents_children_04_FirstNameWithPhoto_NoObjectionThisYear_Allows()
    {
        Check("heathcoat", "Amy won the race", photo: true).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Heathcoat_parents_children_04_ObjectionRecordedThisYear_Blocks()
    {
        var result = Check("heathcoat", "Amy won the race", photo: true, consent: [Consent(2025, ConsentChoice.Refused, ConsentChoice.Refused)]);

        result.Verdict.ShouldBe(Verdict.Block);
        result.Findings.ShouldHaveSingleItem().Message.ShouldContain("2025/26");
    }

    [Fact]
    public void Heathcoat_parents_children_04_ObjectionOnlyLastYear_DoesNotCarryOver()
    {
        Check("heathcoat", "Amy won the race", photo: true, consent: [Consent(2024, ConsentChoice.Refused, ConsentChoice.Refused)])
            .Verdict.ShouldBe(Verdict.Allow);
    }

    [Theory]
    [InlineData("testbourne")]
    [InlineData("heathcoat")]
    [InlineData("cambrian")]
    [InlineData("chapmanslade")]
    [InlineData("st-marys-sefton")]
    public void NeverPublishPupil_AlwaysBlocks(string pack)
    {
        var result = Check(pack, "Amy read in assembly", consent: [Consent(2025, ConsentChoice.Given, ConsentChoice.Given, never: true)]);

        result.Verdict.ShouldBe(Verdict.Block);
        result.Findings.ShouldHaveSingleItem().Message.ShouldContain("never to be published");
    }

    [Fact]
    public void Testbourne_5b_09_NamingAPupil_HoldsForApproval()
    {
        var result = Check("testbourne", "Amy Smith read beautifully in assembly");

        result.Verdict.ShouldBe(Verdict.Hold);
        result.Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("testbourne.5b.09");
    }

    [Fact]
    public void Cambrian_app1_13_PupilFullNameOnPersonalAccount_Blocks()
    {
        var result = Check("cambrian", "Lovely day with Amy Smith from my class", PostChannel.PersonalAccount);

        result.Verdict.ShouldBe(Verdict.Block);
        result.Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("cambrian.app1.13");
    }

    [Fact]
    public void Cambrian_PupilNamedOnTrustAccount_PackIsSilent_Allows()
    {
        Check("cambrian", "Amy Smith read beautifully in assembly").Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Chapmanslade_images_01_PupilPhotoOnSchoolAccount_BlocksWhileNoAccountExists()
    {
        var result = Check("chapmanslade", "Amy at sports day", photo: true);

        result.Verdict.ShouldBe(Verdict.Block);
        result.Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("chapmanslade.images.01");
    }

    [Fact]
    public void StMarys_5_4b_IdentifyingAPupilOnAPersonalAccount_Blocks_AsPotentialGrossMisconduct()
    {
        var finding = Check("st-marys-sefton", "Proud of Year 2's Amy S today", PostChannel.PersonalAccount).Findings.ShouldHaveSingleItem();

        finding.Verdict.ShouldBe(Verdict.Block);
        finding.ClauseId.ShouldBe("st-marys-sefton.5-4b.01");
        finding.Severity.ShouldBe(Severity.PotentialGrossMisconduct);
    }

    [Fact]
    public void Heathcoat_staff_07_TaggingAPupilOrStaff_Blocks()
    {
        var result = Check("heathcoat", "Great day at the farm", tags: ["Amy Smith", "@Mrs Jones"], staff: ["Mrs Jones"]);

        result.Findings.Select(f => (f.Category, f.ClauseId)).ShouldBe(
        [
            (FindingCategory.PupilTag, "heathcoat.staff.07"),
            (FindingCategory.StaffTag, "heathcoat.staff.07"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void SameDetection_DifferentPacks_DifferentVerdicts()
    {
        var phone = new FixedDetector(new Detection(FindingCategory.Phone, 9, 13, "A UK phone number", "[phone number removed]"));
        const string Text = "Call me: 07700 900123";

        var stMarys = Check("st-marys-sefton", Text, detector: phone).Findings.ShouldHaveSingleItem();
        var testbourne = Check("testbourne", Text, detector: phone).Findings.ShouldHaveSingleItem();

        stMarys.ClauseId.ShouldBe("st-marys-sefton.4-1c.01");
        stMarys.Severity.ShouldBe(Severity.PotentialGrossMisconduct);
        testbourne.ClauseId.ShouldBe("testbourne.5e.01");
        testbourne.Suggestion.ShouldBe("[phone number removed]");
    }

    [Fact]
    public void Cambrian_DetectionThePackHasNoRuleFor_ProducesNoFinding()
    {
        var gambling = new FixedDetector(new Detection("link.gambling", 0, 10, "Link to a gambling site"));

        Check("cambrian", "bet365.com tips", detector: gambling).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Heathcoat_students_13_PupilProfanity_IsHeldForModeration()
    {
        var swear = new FixedDetector(new Detection(FindingCategory.Profanity, 0, 4, "Profanity"));

        var finding = Check("heathcoat", "damn this", author: Role.Pupils, detector: swear).Findings.ShouldHaveSingleItem();

        finding.Verdict.ShouldBe(Verdict.Hold);
        finding.ClauseId.ShouldBe("heathcoat.students.13");
    }

    [Fact]
    public void Testbourne_5b_14_PoliticalCampaigningByStaff_Blocks()
    {
        var vote = new FixedDetector(new Detection(FindingCategory.Political, 0, 13, "Party-political campaigning"));

        Check("testbourne", "Vote Labour on Thursday", detector: vote).Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("testbourne.5b.14");
        Check("chapmanslade", "Vote Labour on Thursday", detector: vote).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Cambrian_AuthorNotBound_GovernorsAreNotNamed_NoRuleApplies_purpose_04()
    {
        var result = Check("cambrian", "Amy Smith", PostChannel.PersonalAccount, author: Role.Governors);

        result.Verdict.ShouldBe(Verdict.Allow);
        result.Notes.ShouldHaveSingleItem().ShouldContain("does not bind governors");
    }

    [Fact]
    public void UnreadablePhoto_IsReportedNotThrown()
    {
        var checker = new PostChecker([], (name, _) => [new Detection(FindingCategory.PhotoUnreadable, 0, 0, "unreadable image", Subject: name)]);
        var draft = new Draft { Text = "Our trip", Photos = [new PhotoAttachment("notes.txt", "hello"u8.ToArray())] };

        var result = checker.Check(draft, new CheckContext { Pack = BuiltInPacks.Get("testbourne"), Today = Today });

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Verdict.ShouldBe(Verdict.Warn);
        finding.Subject.ShouldBe("notes.txt");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyText_IsAClearError(string text)
    {
        var ex = Should.Throw<ArgumentException>(() => Check("testbourne", text));

        ex.Message.ShouldStartWith("There is nothing to check");
    }

    [Fact]
    public void Check_TextOverTheLimit_IsAClearError()
    {
        var ex = Should.Throw<ArgumentException>(() => Check("testbourne", new string('a', PostChecker.MaxTextLength + 1)));

        ex.Message.ShouldContain("at most 50,000");
    }

    [Theory]
    [InlineData("chapmanslade", Verdict.Block, "chapmanslade.behaviour.04")]
    [InlineData("testbourne", Verdict.Warn, "testbourne.5d.09")]
    [InlineData("cambrian", Verdict.Block, "cambrian.acceptable-use.08")]
    [InlineData("st-marys-sefton", Verdict.Block, "st-marys-sefton.4-1a.02")]
    [InlineData("heathcoat", Verdict.Block, "heathcoat.staff.08")]
    public void ColleagueCriticism_IsEachPacksAnswer(string pack, Verdict verdict, string clause)
    {
        var finding = Check(pack, "Mr B can't control his class", staff: ["Mr Brown"]).Findings.ShouldHaveSingleItem();

        (finding.Verdict, finding.ClauseId).ShouldBe((verdict, clause));
    }

    [Fact]
    public void Heathcoat_students_14_PupilCriticisingStaff_IsHeldForModeration()
    {
        var finding = Check("heathcoat", "Mr Brown is rubbish", author: Role.Pupils, staff: ["Mr Brown"]).Findings.ShouldHaveSingleItem();

        (finding.Verdict, finding.ClauseId).ShouldBe((Verdict.Hold, "heathcoat.students.14"));
    }

    [Theory]
    [InlineData("heathcoat", PostChannel.SchoolAccount, Verdict.Block, "heathcoat.sanctioned.10")]
    [InlineData("chapmanslade", PostChannel.PersonalAccount, Verdict.Block, "chapmanslade.scope.11")]
    [InlineData("cambrian", PostChannel.PersonalAccount, Verdict.Block, "cambrian.app1.02")]
    [InlineData("testbourne", PostChannel.PersonalAccount, Verdict.Hold, "testbourne.5d.04")]
    public void DirectMessageToAPupil_IsEachPacksAnswer(string pack, PostChannel channel, Verdict verdict, string clause)
    {
        var checker = new PostChecker([]);
        var draft = new Draft { Text = "See you at the match", Channel = channel, Audience = Audience.DirectMessage, RecipientRole = Role.Pupils };

        var finding = checker.Check(draft, new CheckContext { Pack = BuiltInPacks.Get(pack), Today = Today }).Findings.ShouldHaveSingleItem();

        (finding.Verdict, finding.ClauseId).ShouldBe((verdict, clause));
    }

    [Theory]
    [InlineData("cambrian", PostChannel.SchoolAccount)]
    [InlineData("st-marys-sefton", PostChannel.PersonalAccount)]
    public void DirectMessageToAPupil_WherePackIsSilent_NoFinding(string pack, PostChannel channel)
    {
        var draft = new Draft { Text = "See you at the match", Channel = channel, Audience = Audience.DirectMessage, RecipientRole = Role.Pupils };

        new PostChecker([]).Check(draft, new CheckContext { Pack = BuiltInPacks.Get(pack), Today = Today }).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Testbourne_5d_01_SchoolIdentityPlusOffensiveLanguage_Blocks_5d_02_AloneWarns()
    {
        var checker = StandardPostChecker.For(BuiltInPacks.Get("testbourne"));
        var context = new CheckContext { Pack = BuiltInPacks.Get("testbourne"), Today = Today };

        var offensive = checker.Check(new Draft { Text = "As a TCS teacher, these kids are little shits", Channel = PostChannel.PersonalAccount }, context);
        var plain = checker.Check(new Draft { Text = "As a TCS teacher I love my job", Channel = PostChannel.PersonalAccount }, context);

        offensive.Findings.ShouldContain(f => f.Category == FindingCategory.SchoolIdentity && f.ClauseId == "testbourne.5d.01" && f.Verdict == Verdict.Block);
        plain.Findings.ShouldHaveSingleItem().ClauseId.ShouldBe("testbourne.5d.02");
        plain.Verdict.ShouldBe(Verdict.Warn);
    }

    /// <summary>A detector that reports exactly what it is given: these tests are about the pack's mapping, not detection.</summary>
    private sealed class FixedDetector(params Detection[] detections) : ITextDetector
    {
        public string Name => "fixed";

        public void Detect(string text, List<Detection> found) => found.AddRange(detections);
    }
}
