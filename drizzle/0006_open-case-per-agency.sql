-- Before the index can hold, a conversation with two open cases for one organisation (made by
-- two requests at once) keeps one: a case a caseworker has claimed before one still open, else
-- the oldest. The others are closed as duplicates, with the time of this migration.
UPDATE `escalations` SET `status` = 'resolved', `outcome` = 'duplicate', `resolved_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE `status` <> 'resolved' AND `session_id` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `escalations` AS `kept`
  WHERE `kept`.`session_id` = `escalations`.`session_id`
    AND `kept`.`agency_id` = `escalations`.`agency_id`
    AND `kept`.`status` <> 'resolved'
    AND `kept`.`reference` <> `escalations`.`reference`
    AND (
      (`kept`.`status` = 'claimed' AND `escalations`.`status` <> 'claimed')
      OR ((`kept`.`status` = 'claimed') = (`escalations`.`status` = 'claimed')
        AND (`kept`.`created_at` < `escalations`.`created_at`
          OR (`kept`.`created_at` = `escalations`.`created_at` AND `kept`.`reference` < `escalations`.`reference`)))
    )
);--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_open_per_agency_idx` ON `escalations` (`session_id`,`agency_id`) WHERE status <> 'resolved';
