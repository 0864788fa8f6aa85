CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`locale` text NOT NULL,
	`channel` text NOT NULL,
	`agency_id` text,
	`topic_id` text,
	`pending_options` text DEFAULT '[]' NOT NULL,
	`turn_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_updated_at_idx` ON `sessions` (`updated_at`);--> statement-breakpoint
CREATE TABLE `turns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	`message` text NOT NULL,
	`reply` text NOT NULL,
	`agency_id` text,
	`topic_id` text,
	`confidence` real,
	`clarify` integer NOT NULL,
	`signals` text DEFAULT '[]' NOT NULL,
	`redacted_kinds` text DEFAULT '[]' NOT NULL,
	`answered_by` text NOT NULL,
	`duration_ms` real NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `turns_session_idx` ON `turns` (`session_id`,`seq`);--> statement-breakpoint
CREATE INDEX `turns_created_at_idx` ON `turns` (`created_at`);