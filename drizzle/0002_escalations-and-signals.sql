CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_sub` text NOT NULL,
	`actor_role` text NOT NULL,
	`actor_agency` text NOT NULL,
	`action` text NOT NULL,
	`reference` text,
	`agency_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_reference_idx` ON `audit_log` (`reference`,`at`);--> statement-breakpoint
CREATE TABLE `escalation_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`author_sub` text NOT NULL,
	`created_at` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`reference`) REFERENCES `escalations`(`reference`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `escalations` (
	`reference` text PRIMARY KEY NOT NULL,
	`session_id` text,
	`agency_id` text NOT NULL,
	`topic_id` text,
	`caseworker_id` text NOT NULL,
	`caseworker_name` text NOT NULL,
	`status` text NOT NULL,
	`consent` integer NOT NULL,
	`callback_phone` text,
	`note` text,
	`signals` text DEFAULT '[]' NOT NULL,
	`channel` text NOT NULL,
	`created_at` integer NOT NULL,
	`expected_contact_at` integer NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`resolved_at` integer,
	`outcome` text,
	`webhook_status` text DEFAULT 'none' NOT NULL,
	`webhook_attempts` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `escalations_agency_status_idx` ON `escalations` (`agency_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `escalations_session_idx` ON `escalations` (`session_id`);--> statement-breakpoint
CREATE INDEX `escalations_caseworker_idx` ON `escalations` (`caseworker_id`,`status`);--> statement-breakpoint
CREATE TABLE `stuck_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`session` text NOT NULL,
	`agency_id` text,
	`topic_id` text,
	`signal` text NOT NULL,
	`channel` text NOT NULL,
	`excerpt` text
);
--> statement-breakpoint
CREATE INDEX `stuck_events_at_idx` ON `stuck_events` (`at`);--> statement-breakpoint
CREATE INDEX `stuck_events_agency_idx` ON `stuck_events` (`agency_id`,`at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `handoff_offered` integer DEFAULT false NOT NULL;