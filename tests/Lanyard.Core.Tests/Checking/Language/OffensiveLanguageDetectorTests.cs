using System.Text;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language;

namespace Lanyard.Core.Tests.Checking.Language;

public class OffensiveLanguageDetectorTests
{
    private static readonly OffensiveLanguageDetector Detector = new();

    // Each case: the post, the disguised word as it appears in the post (the span to report), its category.
    [Theory]
    [InlineData("What the FUCK is this", "FUCK", FindingCategory.Profanity)]
    [InlineData("what the fück", "fück", FindingCategory.Profanity)]
    [InlineData("what the fu\u0441k", "fu\u0441k", FindingCategory.Profanity)]
    [InlineData("oh f.u.c.k off", "f.u.c.k", FindingCategory.Profanity)]
    [InlineData("oh f u c k off", "f u c k", FindingCategory.Profanity)]
    [InlineData("fuuuuck this", "fuuuuck", FindingCategory.Profanity)]
    [InlineData("what the f*ck", "f*ck", FindingCategory.Profanity)]
    [InlineData("what the f**k!", "f**k", FindingCategory.Profanity)]
    [InlineData("this is sh1t", "sh1t", FindingCategory.Profanity)]
    [InlineData("total $h!t", "$h!t", FindingCategory.Profanity)]
    [InlineData("she is a b!tch", "b!tch", FindingCategory.Insult)]
    [InlineData("such a f\u200Bu\u200Dck up", "f\u200Bu\u200Dck", FindingCategory.Profanity)]
    [InlineData("go \u202Efuck\u202C yourself", "fuck", FindingCategory.Profanity)]
    [InlineData("\uFF46\uFF55\uFF43\uFF4B that", "\uFF46\uFF55\uFF43\uFF4B", FindingCategory.Profanity)]
    [InlineData("\U0001D41F\U0001D42E\U0001D41C\U0001D424 off", "\U0001D41F\U0001D42E\U0001D41C\U0001D424", FindingCategory.Profanity)]
    [InlineData("you absolute wanker", "wanker", FindingCategory.Insult)]
    [InlineData("what a bellend", "bellend", FindingCategory.Profanity)]
    [InlineData("tosser.", "tosser", FindingCategory.Insult)]
    [InlineData("you tw4t", "tw4t", FindingCategory.Insult)]
    [InlineData("she's a slag", "slag", FindingCategory.Insult)]
    [InlineData("stupid a55hole", "a55hole", FindingCategory.Profanity)]
    [InlineData("i h a t e you", "h a t e", FindingCategory.IdentityAttack)]
    [InlineData("you are a f u c k i n g idiot", "f u c k i n g", FindingCategory.Profanity)]
    [InlineData("assssholeeee", "assssholeeee", FindingCategory.Profanity)]
    [InlineData("that's bul1sh1t", "bul1sh1t", FindingCategory.Profanity)]
    [InlineData("porn links", "porn", FindingCategory.Sexual)]
    [InlineData("you P\u00C4KI", "P\u00C4KI", FindingCategory.IdentityAttack)]
    public void Detect_DisguisedWord_IsFoundOverItsOriginalSpan(string text, string word, string category)
    {
        var detections = Run(text, new OffensiveLanguageDetector(LexiconWithHate()));

        var detection = detections.ShouldHaveSingleItem();
        detection.Category.ShouldBe(category);
        text.Substring(detection.Start, detection.Length).ShouldBe(word);
    }

    [Theory]
    [InlineData("Scunthorpe United away day")]
    [InlineData("Year 10 assessment week starts Monday")]
    [InlineData("Mocktail and cocktail stall at the summer fair")]
    [InlineData("Kung-Fu club after school")]
    [InlineData("The weather was fickle on sports day")]
    [InlineData("Year 5 learned about Dick Turpin, the highwayman")]
    [InlineData("Moby Dick in the library")]
    [InlineData("Spotted dick and custard for pudding")]
    [InlineData("Trip to Essex, Sussex and Middlesex")]
    [InlineData("Grape juice at break time")]
    [InlineData("Data analysis in maths")]
    [InlineData("Class assembly on Friday at 9")]
    [InlineData("Shitake mushrooms in the food tech lesson")]
    [InlineData("Visit from the speech therapist")]
    [InlineData("Cross-country at Penistone")]
    [InlineData("Residential trip to Cockermouth")]
    [InlineData("Bass guitar lessons for Year 9")]
    [InlineData("Our passion for reading")]
    [InlineData("Blue tits and great tits at the bird feeder")]
    [InlineData("Our hooker scored a try in the rugby final")]
    [InlineData("Relationships and sex education for Year 6 parents")]
    [InlineData("Love from all of us xxx")]
    [InlineData("Kitchen-cum-diner in the new DT block")]
    [InlineData("Happy Christmas! 🎄🎅")]
    [InlineData("Well done, A. S. S. Patel and team")]
    [InlineData("a s s e s s m e n t week")]
    [InlineData("Scores: 5* reviews, 10/10!!! ***")]
    [InlineData("Geography field trip to the slag heap")]
    [InlineData("Cock-a-doodle-doo! The farm visit")]
    [InlineData("E.S.S.E.X. cup")]
    [InlineData("Y7 and Y10 came 1st and 3rd; 50p tuck shop")]
    [InlineData("Call 01234 567890 or email office@school.sch.uk")]
    [InlineData("Blessed are the peacemakers")]
    [InlineData("Hancock and Cockburn won the relay")]
    [InlineData("Spicy rice and shitake stir-fry")]
    [InlineData("The mongoose enclosure at the zoo")]
    [InlineData("Skills for young people: kill y o u n g weeds before they seed")]
    [InlineData("Our k i l l e r whale project")]
    [InlineData("A. B. C. D. and you: the letters of the week")]
    [InlineData("Will you help at the fair? I will, you know")]
    [InlineData("Goooo team, kill it at sports day!")]
    [InlineData("Y.O.U. are all stars!")]
    [InlineData("I'm going to miss you all")]
    [InlineData("what a w a s t e of paper")]
    public void Detect_InnocentLookAlike_FindsNothing(string text) =>
        Run(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Our gay and lesbian staff network meets on Tuesday")]
    [InlineData("Muslim families welcome at Eid assembly")]
    [InlineData("Black History Month assembly")]
    [InlineData("Jewish community visit to Year 4")]
    [InlineData("Transgender awareness training for staff")]
    [InlineData("Disabled access at the sports day")]
    [InlineData("Girls' football team won the county cup")]
    [InlineData("Polish and Romanian families' coffee morning")]
    [InlineData("Sikh and Hindu pupils led the Diwali celebration")]
    [InlineData("Pride month: our LGBTQ+ society's bake sale")]
    [InlineData("Traveller and Gypsy Roma history week")]
    [InlineData("Welcoming refugee and asylum-seeking families")]
    [InlineData("Autism awareness day: wear something blue")]
    [InlineData("Deaf pupils signed the carol service")]
    [InlineData("Our Pakistani and Bangladeshi families' Iftar evening")]
    [InlineData("Chinese New Year lion dance in the hall")]
    [InlineData("Wheelchair basketball taster for all")]
    [InlineData("Bisexual visibility day talk by the Sixth Form")]
    public void Detect_NeutralIdentitySentence_FindsNothing(string text) =>
        Run(text).ShouldBeEmpty();

    [Theory]
    [InlineData("I know where you live", "I know where you live")]
    [InlineData("I'll kill you", "kill you")]
    [InlineData("you better watch your back", "you better watch your back")]
    [InlineData("I'm going to hurt you tomorrow", "going to hurt you")]
    [InlineData("someone should burn the school down", "burn the school down")]
    [InlineData("K I L L   Y O U", "K I L L   Y O U")]
    [InlineData("you're dead after school", "you're dead")]
    [InlineData("just kys", "kys")]
    public void Detect_ThreatPhrase_IsFoundAsAThreat(string text, string phrase)
    {
        var detection = Run(text).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Threat);
        text.Substring(detection.Start, detection.Length).ShouldBe(phrase);
        detection.Suggestion.ShouldBeNull();
    }

    [Fact]
    public void Detect_SeveralWords_ReportsEachInTextOrder()
    {
        var text = "shit, you wanker, I know where you live";

        var detections = Run(text);

        detections.Select(d => d.Category).ShouldBe([FindingCategory.Profanity, FindingCategory.Insult, FindingCategory.Threat]);
        detections.Select(d => d.Start).ShouldBe([0, 10, 18]);
    }

    [Fact]
    public void Detect_Slur_NeverEchoesItInTheMessageAndMasksTheSuggestion()
    {
        var detection = Run("go away you f4ggot").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.IdentityAttack);
        detection.Message.ShouldNotContain("faggot", Case.Insensitive);
        detection.Message.ShouldNotContain("f4ggot", Case.Insensitive);
        detection.Suggestion.ShouldBe("f*****");
    }

    [Fact]
    public void Detect_Profanity_SuggestsTheMaskedWord()
    {
        var detection = Run("oh fuuuuck").ShouldHaveSingleItem();

        detection.Message.ShouldBe("Profanity");
        detection.Suggestion.ShouldBe("f***");
    }

    [Fact]
    public void Detect_DickAsAName_IsAllowedButAsAnInsult_IsFound()
    {
        Run("Dick Turpin rode to York").ShouldBeEmpty();

        Run("don't be a dick").ShouldHaveSingleItem().Category.ShouldBe(FindingCategory.Profanity);
    }

    [Fact]
    public void Name_IsLanguage() => Detector.Name.ShouldBe("language");

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Detect_PathologicalInput_ReturnsSpansInsideTheText(string text)
    {
        var detections = Run(text);

        detections.ShouldAllBe(d => d.Start >= 0 && d.Length > 0 && d.Start + d.Length <= text.Length);
    }

    [Fact]
    public void Detect_HundredKilobytesOfAbuse_FindsEveryWord()
    {
        var text = string.Concat(Enumerable.Repeat("f\u200Bu\u0301c\u202Ek you; ", 6_000));

        var detections = Run(text);

        detections.Count.ShouldBe(6_000);
    }

    public static TheoryData<string> PathologicalInputs() => new()
    {
        string.Empty,
        "\uD800",
        "fu\uDC00ck \uD83D",
        "\u0000\u0001\u0007\u001B[31mshit\u007F",
        "f" + new string('\u0301', 10_000) + "uck",
        new string('\u0301', 10_000),
        "\u202E\u202D\u2066\u2069\u200B\u200D\uFEFF",
        string.Concat(Enumerable.Repeat("a ", 50_000)),
        string.Concat(Enumerable.Repeat("f.", 50_000)),
        new string('*', 100_000),
        "f" + new string('u', 100_000) + "ck",
        string.Concat(Enumerable.Repeat("kill ", 20_000)),
        string.Concat(Enumerable.Repeat("\U0001F595", 30_000)),
        BuildMixed(),
    };

    private static OffensiveLanguageLexicon LexiconWithHate() =>
        OffensiveLanguageLexicon.Parse(
            OffensiveLanguageLexicon.ReadResource(OffensiveLanguageLexicon.ResourceName) + "hate\tidentity-attack\n");

    private static List<Detection> Run(string text, OffensiveLanguageDetector? detector = null)
    {
        var detections = new List<Detection>();
        (detector ?? Detector).Detect(text, detections);
        return detections;
    }

    private static string BuildMixed()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append((char)((i * 7919) % 0xFFFF));
        }

        return builder.ToString();
    }
}
