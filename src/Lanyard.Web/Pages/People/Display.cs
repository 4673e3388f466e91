using System.Globalization;
using Lanyard.Core.People;

namespace Lanyard.Web.Pages.People;

/// <summary>How the register pages write dates and kinds of people, the same on every page.</summary>
internal static class Display
{
    /// <summary>"14 Mar 2014", or a dash when unknown. British order, English month names whatever the server's culture.</summary>
    public static string Date(DateOnly? day) => day is { } d ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>The value an <c>input type="date"</c> expects: 2014-03-14.</summary>
    public static string InputDate(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>"member of staff", "pupil", "parent or carer".</summary>
    public static string Kind(PersonKind kind) => kind switch
    {
        PersonKind.Staff => "member of staff",
        PersonKind.Pupil => "pupil",
        _ => "parent or carer",
    };

    /// <summary>A pupil's age today, e.g. "(11)", or empty when the date of birth is not known.</summary>
    public static string Age(Person person, DateOnly today) => person.AgeOn(today) is { } age ? $"(age {age})" : string.Empty;
}
