using Lanyard.Core.Policies;

namespace Lanyard.Web.Checking;

/// <summary>What a verdict means for the person about to post, in plain words.</summary>
internal static class VerdictWording
{
    /// <summary>The headline: what to do.</summary>
    public static string Headline(Verdict verdict) => verdict switch
    {
        Verdict.Block => "Do not post",
        Verdict.Hold => "Do not post yet: it needs approval first",
        Verdict.Flag => "Can be posted, but it will be flagged for review",
        Verdict.Warn => "Can be posted: read the advice first",
        _ => "Fine to post",
    };

    /// <summary>One sentence on why, naming the policy the post was judged under.</summary>
    public static string Explanation(Verdict verdict, string policy) => verdict switch
    {
        Verdict.Block => $"It breaks {policy}. Change what the findings below point out, or do not post it.",
        Verdict.Hold => $"Under {policy} it must wait for approval. The findings below say what needs approving and which clause asks for it.",
        Verdict.Flag => $"Under {policy} it may go out, but it is the kind of post the policy asks to be recorded for review.",
        Verdict.Warn => $"It breaks no rule of {policy}, but the policy advises care with what the findings below point out.",
        _ => $"Nothing in it breaks {policy}.",
    };
}
