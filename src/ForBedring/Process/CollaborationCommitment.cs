using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>D4: how a member will contribute to collaboration across units and progress towards common goals.</summary>
public sealed record CollaborationCommitment
{
    /// <summary>Creates the commitment.</summary>
    /// <param name="member">The member.</param>
    /// <param name="text">What they commit to.</param>
    /// <exception cref="ArgumentException">The member is the default value, or the text is invalid.</exception>
    public CollaborationCommitment(PersonId member, string text)
    {
        if (member.Value.Length == 0)
        {
            throw new ArgumentException("A commitment needs a member.", nameof(member));
        }

        Member = member;
        Text = Guard.Text(text, nameof(text));
    }

    /// <summary>Gets the member.</summary>
    public PersonId Member { get; }

    /// <summary>Gets what they commit to.</summary>
    public string Text { get; }
}
