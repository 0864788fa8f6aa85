-- Before the index can hold, a conversation with two open cases for one organisation (made by
-- two requests at once) keeps its oldest; the later ones are closed as duplicates, with the time
-- of this migration.
UPDATE `escalations` SET `status` = 'resolved', `outcome` = 'duplicate', `resolved_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE `status` <> 'resolved' AND `session_id` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `escalations` AS `older`
  WHERE `older`.`session_id` = `escalations`.`session_id`
    AND `older`.`agency_id` = `escalations`.`agency_id`
    AND `older`.`status` <> 'resolved'
    AND (`older`.`created_at` < `escalations`.`created_at`
      OR (`older`.`created_at` = `escalations`.`created_at` AND `older`.`reference` < `escalations`.`reference`))
);--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_open_per_agency_idx` ON `escalations` (`session_id`,`agency_id`) WHERE status <> 'resolved';
