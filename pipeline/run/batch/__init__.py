"""The provider's Batch API end to end: submit, poll, collect, resubmit, cancel.

- `ledger`: every file and batch the run sent, written down before and after each call
- `provider`: the Files and Batches API through the openai SDK (any compatible endpoint)
- `estimate`: tokens and cost before submitting, at batch prices, against --max-cost
- `answer`: one result line -> one record (validation, grounding): the only judge
- `collect`: a finished batch's output and error files -> records and failures
- `flow`: the loop that drives it all, resumable after a kill at any moment
"""
