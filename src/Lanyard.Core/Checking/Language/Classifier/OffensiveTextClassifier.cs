namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// The context classifier: scores a whole text for offensive or hateful wording with a small
/// linear model (see <see cref="ClassifierModel"/>), catching what a lexicon misses and weighing
/// what it would over-flag. At or above the model's threshold it reports one detection spanning
/// the text, with the probability as its score.
/// </summary>
/// <remarks>
/// The shipped model learned from Davidson et al.'s tweets (<c>data/davidson-hate-offensive-tweets</c>),
/// whose offensive class is dominated by slurs and profanity: it is strong there and weak on polite-
/// sounding insults or threats with neither ("a useless idiot", "smash your face in"), which the
/// lexicon detectors must cover. Retrain with <c>lanyard train</c>; the run is reproducible.
/// </remarks>
public sealed class OffensiveTextClassifier : ITextDetector
{
    /// <summary>The logical name of the embedded model resource.</summary>
    public const string ModelResourceName = "Lanyard.Checking.Classifier.model.bin";

    /// <summary>The message of the detection.</summary>
    public const string DetectionMessage = "The wording reads as offensive or hateful";

    private static readonly Lazy<ClassifierModel> Shipped = new(LoadShippedModel);

    /// <summary>A classifier with the model shipped inside Lanyard.Core (loaded once per process).</summary>
    public OffensiveTextClassifier()
        : this(Shipped.Value)
    {
    }

    /// <summary>A classifier with a given model, e.g. one just trained.</summary>
    public OffensiveTextClassifier(ClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <inheritdoc />
    public string Name => "classifier";

    /// <summary>The model in use.</summary>
    public ClassifierModel Model { get; }

    /// <summary>The shipped model, loaded from the assembly on first use.</summary>
    public static ClassifierModel ShippedModel => Shipped.Value;

    /// <summary>The probability, 0–1, that <paramref name="text"/> is offensive or hateful.</summary>
    public double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Model.Probability(text);
    }

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);
        var score = Model.Probability(text);
        if (score >= Model.Threshold)
        {
            detections.Add(new Detection(FindingCategory.Offensive, 0, text.Length, DetectionMessage, Score: score));
        }
    }

    private static ClassifierModel LoadShippedModel()
    {
        using var stream = typeof(OffensiveTextClassifier).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException(
                $"The classifier model resource '{ModelResourceName}' is missing: Lanyard.Core.csproj must embed Checking/Language/Classifier/model.bin under that name.");
        return ClassifierModel.Read(stream);
    }
}
