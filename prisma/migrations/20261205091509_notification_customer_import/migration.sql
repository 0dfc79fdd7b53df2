-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CUSTOMER_IMPORT';
