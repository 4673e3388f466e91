namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds NHS numbers: ten digits, either unbroken or grouped 3-3-4 with spaces or dashes (the same
/// separator both times), whose last digit is the modulus-11 check digit of the first nine. A check
/// digit that works out as 10 means the number was never issued.
/// </summary>
/// <remarks>
/// A random ten-digit run still passes the checksum about one time in eleven, so context matters too:
/// a run glued to letters, other digits or a longer dotted or dashed number is not matched.
/// </remarks>
public sealed class NhsNumberDetector : ITextDetector
{
    /// <inheritdoc />
    public string Name => "personal-data.nhs";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        var i = 0;
        Span<char> digits = stackalloc char[10];
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var d = i + offset;
            if (TryMatch(text, d, digits, out var end))
            {
                detections.Add(new Detection(
                    FindingCategory.NhsNumber, d, end - d, "An NHS number.", "[NHS number removed]"));
                i = end;
            }
            else
            {
                i = TextScan.DigitRunEnd(text, d);
            }
        }
    }

    private static bool TryMatch(string text, int d, Span<char> digits, out int end)
    {
        end = -1;
        if (!TextScan.IsBoundary(text, d - 1) || (d >= 2 && text[d - 1] is '-' or '.' or '/' && TextScan.IsDigit(text[d - 2])))
        {
            return false;
        }

        var first = TextScan.DigitRunEnd(text, d);
        int last;
        if (first - d == 10)
        {
            text.AsSpan(d, 10).CopyTo(digits);
            last = first;
        }
        else if (first - d == 3 && first + 8 < text.Length && text[first] is ' ' or '-'
            && text[first + 4] == text[first]
            && TextScan.DigitRunEnd(text, first + 1) == first + 4
            && TextScan.DigitRunEnd(text, first + 5) == first + 9)
        {
            text.AsSpan(d, 3).CopyTo(digits);
            text.AsSpan(first + 1, 3).CopyTo(digits[3..]);
            text.AsSpan(first + 5, 4).CopyTo(digits[6..]);
            last = first + 9;
        }
        else
        {
            return false;
        }

        if (!TextScan.IsBoundary(text, last)
            || (last + 1 < text.Length && text[last] is '-' or '.' or '/' && TextScan.IsDigit(text[last + 1])))
        {
            return false;
        }

        if (!HasValidCheckDigit(digits))
        {
            return false;
        }

        end = last;
        return true;
    }

    /// <summary>The NHS modulus-11 check: weights 10 down to 2 on the first nine digits.</summary>
    internal static bool HasValidCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var k = 0; k < 9; k++)
        {
            sum += (digits[k] - '0') * (10 - k);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }
}
