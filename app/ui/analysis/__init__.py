"""The self-evaluation: questionnaire grid, external analysis, statement bank and positioning
roses."""
