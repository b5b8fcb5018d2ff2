-- Security of the evaluation workflow: council_member.user_id is the account user name of the member. A COUNCIL
-- account's rounds (and the dossiers it may see) are found by that name on every request, so index it.
create index council_member_user_ix on council_member (user_id);
