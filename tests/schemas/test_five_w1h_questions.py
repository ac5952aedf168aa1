"""The one list of 5W1H questions names the question fields of both 5W1H models, in order."""

from newsbrief.schemas import FIVE_W1H_QUESTIONS, FiveW1H, GoldFiveW1H


def test_the_question_list_matches_the_briefing_and_gold_models() -> None:
    assert FIVE_W1H_QUESTIONS == ("who", "what", "when", "where", "why", "how")
    # A briefing's 5W1H also carries the offsets that ground it, after the questions.
    assert tuple(FiveW1H.model_fields) == (*FIVE_W1H_QUESTIONS, "evidence")
    assert tuple(GoldFiveW1H.model_fields) == FIVE_W1H_QUESTIONS
