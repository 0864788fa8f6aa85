CREATE TABLE `auth_keys` (
	`kid` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`private_jwk` text NOT NULL,
	`public_jwk` text NOT NULL
);
