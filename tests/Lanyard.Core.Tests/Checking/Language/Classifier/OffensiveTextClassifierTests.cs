using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class OffensiveTextClassifierTests
{
    private static readonly OffensiveTextClassifier Classifier = new();

    [Fact]
    public void ShippedModel_LoadsWithTheDefaultFeaturesAndAValidatedThreshold()
    {
        var model = OffensiveTextClassifier.ShippedModel;

        model.Settings.ShouldBe(ClassifierFeatureSettings.Default);
        model.Threshold.ShouldBeInRange(0.05f, 0.95f);
        Classifier.Name.ShouldBe("classifier");
        Classifier.Model.ShouldBeSameAs(model);
    }

    /// <summary>Abusive tweets from the held-out 20% of the Davidson data (seed 20261121), which the shipped model never saw.</summary>
    [Theory]
    [InlineData("FUCK YOU, you're a fucking a lowlife piece of trash.")]
    [InlineData("Bitch you're the ugliest cunt ever.")]
    [InlineData("You're a dumb bitch. Wow.")]
    [InlineData("You little dumb ass bitch I dont fuck with you!")]
    [InlineData("Say it to me when I confront you pussy fuck")]
    [InlineData("Put your tits back in your shit bitch")]
    [InlineData("Take yo hoe ass to sleep")]
    [InlineData("Mom you've been a real bitch lately")]
    public void Score_HeldOutAbusiveTweet_IsHighAndDetected(string text)
    {
        Classifier.Score(text).ShouldBeGreaterThan(0.9);

        var detections = new List<Detection>();
        Classifier.Detect(text, detections);

        var detection = detections.ShouldHaveSingleItem();
        detection.Category.ShouldBe(FindingCategory.Offensive);
        detection.Start.ShouldBe(0);
        detection.Length.ShouldBe(text.Length);
        detection.Message.ShouldBe("The wording reads as offensive or hateful");
        detection.Score.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(Classifier.Model.Threshold);
    }

    /// <summary>School posts that name identity groups neutrally: the issue requires none of them to be flagged.</summary>
    [Theory]
    [InlineData("our gay and lesbian staff network meets on Tuesday")]
    [InlineData("Muslim families welcome at Eid assembly")]
    [InlineData("Black History Month assembly")]
    [InlineData("Our Jewish pupils celebrated Hanukkah with the whole school today")]
    [InlineData("Transgender Awareness Week: our pupils made posters about respect and kindness")]
    [InlineData("Year 4 learned about Diwali and the Hindu festival of lights")]
    [InlineData("Welcome to our new Polish and Romanian families joining Reception")]
    [InlineData("Pupils with disabilities took part in the sports day relay")]
    [InlineData("Our LGBT+ club meets every Thursday lunchtime in the library")]
    [InlineData("The Sikh community visited us to talk about Vaisakhi")]
    [InlineData("Women in science: our Year 9 girls met engineers from the university")]
    [InlineData("Refugee Week: pupils wrote letters welcoming asylum seekers to the town")]
    [InlineData("Black and Asian authors feature in our new reading list")]
    [InlineData("Traveller and Gypsy Roma history month display in the hall")]
    [InlineData("Celebrating Pride month with our staff and pupils")]
    [InlineData("Our Muslim and Christian pupils shared their faith traditions")]
    [InlineData("Deaf Awareness Week: learn some British Sign Language with us")]
    [InlineData("Congratulations to our Year 6 netball team on winning the county cup!")]
    public void Detect_NeutralIdentitySentence_IsBelowThreshold(string text)
    {
        Classifier.Score(text).ShouldBeLessThan(Classifier.Model.Threshold);

        var detections = new List<Detection>();
        Classifier.Detect(text, detections);

        detections.ShouldBeEmpty();
    }

    /// <summary>
    /// The classic false positives for word filters. The model must not be the one to flag them
    /// either; "Dick Turpin", "Moby Dick" and "spotted dick" are not here because the Davidson-trained
    /// model scores them high (the lexicon's allowed phrases clear them, the classifier does not).
    /// </summary>
    [Theory]
    [InlineData("Scunthorpe United away day")]
    [InlineData("Year 10 assessment week starts Monday")]
    [InlineData("Mocktail and cocktail stall at the summer fair")]
    [InlineData("Kung-Fu club after school")]
    [InlineData("The weather was fickle on sports day")]
    [InlineData("Trip to Essex, Sussex and Middlesex")]
    [InlineData("Grape juice at break time")]
    [InlineData("Data analysis in maths")]
    [InlineData("Cross-country at Penistone")]
    [InlineData("Shitake mushrooms in the food tech lesson")]
    public void Score_InnocentLookAlike_IsBelowThreshold(string text) =>
        Classifier.Score(text).ShouldBeLessThan(Classifier.Model.Threshold);

    public static TheoryData<string, string> PathologicalInputs() => new()
    {
        { "empty", string.Empty },
        { "lone surrogates", "\uD800 bitch \uDC00\uDFFF" },
        { "control characters", "\0\u0001\u0007\u001B[31mhello\u007F\r\n\t" },
        { "10,000 combining marks", "a" + new string('\u0301', 10_000) },
        { "RTL override and zero-width", "\u202Ehello\u202C \u200Bb\u200Bi\u200Bt\u200Bc\u200Bh\u200D" },
        { "100 KB of one letter", new string('a', 100_000) },
        { "100 KB of words", string.Concat(Enumerable.Repeat("you are a dumb bitch ", 100_000 / 21)) },
        { "100 KB of entities and mentions", string.Concat(Enumerable.Repeat("&amp;@x http://t.co/x RT ", 4_000)) },
        { "unterminated entity", "&#12345678901234567890" },
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Score_PathologicalInput_ReturnsAProbability(string name, string text)
    {
        var score = Classifier.Score(text);

        score.ShouldBeInRange(0.0, 1.0, name);
        Classifier.Detect(text, []);
    }

    [Fact]
    public void Score_SameTextTwice_IsIdentical()
    {
        const string Text = "shut up you stupid idiot";

        Classifier.Score(Text).ShouldBe(Classifier.Score(Text));
    }

    [Fact]
    public void Score_ConcurrentCallers_AgreeWithASingleThread()
    {
        string[] texts = ["you are a dumb bitch", "Black History Month assembly", "lovely trip to the farm today"];
        var expected = texts.Select(Classifier.Score).ToArray();

        var results = new double[64][];
        Parallel.For(0, results.Length, i => results[i] = [.. texts.Select(Classifier.Score)]);

        results.ShouldAllBe(r => r.SequenceEqual(expected));
    }
}
