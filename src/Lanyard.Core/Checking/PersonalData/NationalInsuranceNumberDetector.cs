namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds National Insurance numbers: two prefix letters HMRC can issue, six digits (optionally in
/// space-separated pairs or as one block) and a suffix A–D. Anchored on digit runs; each candidate is
/// at most 13 characters, so the scan is linear.
/// </summary>
/// <remarks>
/// The prefix rules (HMRC NIM39110): neither letter D, F, I, Q, U or V; the second not O; and never BG,
/// GB, NK, KN, TN, NT or ZZ. The letters must be all upper or all lower case ("Ab123456c" is not written
/// by anyone copying a NINO), and a number without its suffix is not matched: too many codes look like it.
/// </remarks>
public sealed class NationalInsuranceNumberDetector : ITextDetector
{
    private static readonly string[] NeverIssuedPrefixes = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    /// <inheritdoc />
    public string Name => "personal-data.nino";

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
            if (TryMatch(text, d, out var start, out var end) && start >= lastEnd)
            {
                detections.Add(new Detection(
                    FindingCategory.NationalInsuranceNumber, start, end - start, "A National Insurance number.", "[NI number removed]"));
                i = lastEnd = end;
            }
            else
            {
                i = TextScan.DigitRunEnd(text, d);
            }
        }
    }

    private static bool TryMatch(string text, int d, out int start, out int end)
    {
        start = end = -1;
        int p;
        if (d >= 2 && TextScan.IsAsciiLetter(text[d - 1]) && TextScan.IsAsciiLetter(text[d - 2]))
        {
            p = d - 2;
        }
        else if (d >= 3 && text[d - 1] == ' ' && TextScan.IsAsciiLetter(text[d - 2]) && TextScan.IsAsciiLetter(text[d - 3]))
        {
            p = d - 3;
        }
        else
        {
            return false;
        }

        if (!TextScan.IsBoundary(text, p - 1) || !IsValidPrefix(text[p], text[p + 1]))
        {
            return false;
        }

        var i = d;
        for (var pair = 0; pair < 3; pair++)
        {
            if (pair > 0 && i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i + 1 >= text.Length || !TextScan.IsDigit(text[i]) || !TextScan.IsDigit(text[i + 1]))
            {
                return false;
            }

            i += 2;
        }

        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || TextScan.ToUpper(text[i]) is < 'A' or > 'D' || !TextScan.IsBoundary(text, i + 1))
        {
            return false;
        }

        var prefixUpper = TextScan.IsUpper(text[p]) && TextScan.IsUpper(text[p + 1]);
        var prefixLower = TextScan.IsLower(text[p]) && TextScan.IsLower(text[p + 1]);
        var suffixUpper = TextScan.IsUpper(text[i]);
        if (!((prefixUpper && suffixUpper) || (prefixLower && !suffixUpper)))
        {
            return false;
        }

        start = p;
        end = i + 1;
        return true;
    }

    internal static bool IsValidPrefix(char a, char b)
    {
        var first = TextScan.ToUpper(a);
        var second = TextScan.ToUpper(b);
        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        {
            return false;
        }

        ReadOnlySpan<char> prefix = [first, second];
        foreach (var banned in NeverIssuedPrefixes)
        {
            if (prefix.SequenceEqual(banned))
            {
                return false;
            }
        }

        return true;
    }
}
