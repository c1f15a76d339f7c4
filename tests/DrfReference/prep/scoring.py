# Practice feedback: scores an answer against a question's key points and red flags.


def score_answer(answer, key_points, red_flags):
    """Returns (score, covered, missing, red_flags_hit) as the contract's "Practice feedback" describes."""
    text = answer.lower()
    covered, missing = [], []
    for point in key_points:
        alternatives = [alt.strip().lower() for alt in point.split('|')]
        if any(alt in text for alt in alternatives):
            covered.append(point)
        else:
            missing.append(point)
    hit = [flag for flag in red_flags if flag.lower() in text]
    score = 100 * len(covered) // len(key_points) if key_points else 0
    return max(0, score - 10 * len(hit)), covered, missing, hit
