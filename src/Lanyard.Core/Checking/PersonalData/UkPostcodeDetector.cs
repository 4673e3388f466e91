namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds UK postcodes in every valid format (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA and
/// GIR 0AA), with or without the space, upper or lower case, checked against the letter rules for each
/// position, and word-bounded so "XSW1A 1AA" or "SW1A 1AAB" are not matched.
/// </summary>
/// <remarks>
/// Mixed case ("Sw1a 1Aa", "M1 2nd") is rejected: real postcodes are written in one case, and that rule
/// removes ordinals after road names. Lower-case inward codes that read as ordinals ("a4 3rd") are rejected too.
/// </remarks>
public sealed class UkPostcodeDetector : ITextDetector
{
    /// <inheritdoc />
    public string Name => "personal-data.postcode";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        var i = 0;
        var lastEnd = 0;
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var d = i + offset;
            if (PostcodeMatcher.TryMatchAtInward(text, d, out var start, out var end) && start >= lastEnd)
            {
                detections.Add(new Detection(
                    FindingCategory.Postcode, start, end - start, "A UK postcode.", "[postcode removed]"));
                i = lastEnd = end;
            }
            else
            {
                i = d + 1;
            }
        }
    }
}
