namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>One training or evaluation example.</summary>
/// <param name="Text">The raw text, as posted.</param>
/// <param name="Offensive">True for offensive or hateful (Davidson class 0 or 1), false for neither (class 2).</param>
public sealed record LabelledText(string Text, bool Offensive);
