"""Running the pipeline over many postings: the per-chunk worker (:mod:`.worker`) shared by the
local process pool (:mod:`.local`) and the Dask engine (:mod:`.dask_engine`)."""
