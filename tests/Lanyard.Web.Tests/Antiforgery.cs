using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests;

/// <summary>Reads the anti-forgery token a page's form carries and builds a form post with it.</summary>
public static partial class Antiforgery
{
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>The token in the first form of <paramref name="html"/>.</summary>
    public static string Token(string html)
    {
        var token = TokenField().Match(html).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty("the page has no anti-forgery token");
        return token;
    }

    /// <summary>The fields, plus the page's token.</summary>
    public static FormUrlEncodedContent Form(string html, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [FieldName] = Token(html) });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
