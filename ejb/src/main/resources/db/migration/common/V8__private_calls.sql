-- A queue's policy may let its agents mark their own call private (off unless an administrator
-- allows it); a call marked private keeps when, and no supervisor may monitor it until it ends.
ALTER TABLE call_queue ADD COLUMN agents_may_mark_private BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE call_record ADD COLUMN marked_private_at TIMESTAMP WITH TIME ZONE;
