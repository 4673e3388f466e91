namespace Lanyard.Core.Workflows;

/// <summary>How every workflow words a refusal and names its states and steps.</summary>
public static class WorkflowText
{
    /// <summary>"'step' is not allowed while the case is stage. Allowed now: a, b."</summary>
    public static string Refusal<TState, TTrigger>(TTrigger trigger, TState state, IReadOnlyList<TTrigger> allowed, string subject = "it")
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var list = allowed.Count == 0 ? "nothing (the workflow has ended)" : string.Join(", ", allowed.Select(Kebab));
        return $"'{Kebab(trigger)}' is not allowed while {subject} is {Kebab(state)}. Allowed now: {list}.";
    }

    /// <summary>An enum member in kebab case, as packs and hosts write it.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum => Policies.Loading.YamlNaming.Kebab(value);
}
