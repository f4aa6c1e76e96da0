/**
 * The methods of an Easemob / Agora Chat `connection` (`easemob-websdk` 4.x, `agora-chat` 1.x: the same SDK) and
 * whether each is safe to call again, judged from the SDK's `Easemob-chat.d.ts` and its docs: every method of the
 * `Connection` class, alphabetically. Reads and "set to X" are `idempotent`; sends, creates, invitations and
 * answers to requests are not (a second call after a lost answer acts twice, or fails because the first worked).
 * The SDK reconnects by itself (`autoReconnectNumMax`), so `open` is not retried on top of it. Methods that return
 * nothing and report through `success` / `error` callbacks are `local` here: wrap them with `fromSuccessFail`.
 */
import type { MethodTable } from '../src/retry/methods.js';

/** Easemob `connection` methods → {@link MethodTable} safety. */
export const easemobMethods: MethodTable = {
  acceptContactInvite: 'not-idempotent', // a repeat fails: the request is handled
  acceptGroupInvite: 'not-idempotent', // a repeat fails: the request is handled
  acceptGroupJoinRequest: 'not-idempotent', // a repeat fails: the request is handled
  acceptInvitation: 'not-idempotent', // a repeat fails: the request is handled
  addContact: 'not-idempotent', // sends a friend request; a repeat sends another
  addConversationMark: 'idempotent', // sets marks
  addEventHandler: 'local', // event registration
  addReaction: 'not-idempotent', // a repeat fails: reaction already added
  addToBlackList: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToBlacklist: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToBlocklist: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToChatRoom: 'not-idempotent', // a repeat reports the users as already members
  addUsersToChatRoomAllowlist: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToChatRoomWhitelist: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToGroupAllowlist: 'idempotent', // list membership: adding members already in it is accepted
  addUsersToGroupWhitelist: 'idempotent', // list membership: adding members already in it is accepted
  agreeInviteIntoGroup: 'not-idempotent', // a repeat fails: the request is handled
  agreeJoinGroup: 'not-idempotent', // a repeat fails: the request is handled
  blockChatRoomMember: 'idempotent', // sets a block / mute state
  blockChatRoomMembers: 'idempotent', // sets a block / mute state
  blockGroup: 'idempotent', // sets a block / mute state
  blockGroupMember: 'idempotent', // sets a block / mute state
  blockGroupMembers: 'idempotent', // sets a block / mute state
  blockGroupMessage: 'idempotent', // sets a block / mute state
  blockGroupMessages: 'idempotent', // sets a block / mute state
  changeChatThreadName: 'idempotent', // sets fields to values
  changeGroupOwner: 'not-idempotent', // a repeat fails: the caller is no longer the owner
  changeOwner: 'not-idempotent', // a repeat fails: the caller is no longer the owner
  chatRoomBlockMulti: 'idempotent', // sets a block / mute state
  chatRoomBlockSingle: 'idempotent', // sets a block / mute state
  clearRemindTypeForConversation: 'idempotent', // clears a DND setting
  close: 'local', // closes the socket; returns nothing
  createChatRoom: 'not-idempotent', // a repeat creates a second one
  createChatThread: 'not-idempotent', // a repeat creates a second one
  createGroup: 'not-idempotent', // a repeat creates a second one
  createGroupNew: 'not-idempotent', // a repeat creates a second one
  createGroupVNext: 'not-idempotent', // a repeat creates a second one
  declineContactInvite: 'not-idempotent', // a repeat fails: the request is handled
  declineInvitation: 'not-idempotent', // a repeat fails: the request is handled
  deleteAllMessagesAndConversations: 'idempotent', // clears everything; clearing twice leaves it cleared
  deleteChatRoomSharedFile: 'not-idempotent', // a repeat fails: file not found
  deleteContact: 'not-idempotent', // a repeat fails: not a contact
  deleteConversation: 'not-idempotent', // a repeat fails: conversation not found
  deleteGroupSharedFile: 'not-idempotent', // a repeat fails: file not found
  deleteReaction: 'not-idempotent', // a repeat fails: reaction not found
  deleteSession: 'not-idempotent', // a repeat fails: conversation not found
  destroyChatRoom: 'not-idempotent', // a repeat fails: already gone
  destroyChatThread: 'not-idempotent', // a repeat fails: already gone
  destroyGroup: 'not-idempotent', // a repeat fails: already gone
  disableSendChatRoomMsg: 'idempotent', // sets a block / mute state
  disableSendGroupMsg: 'idempotent', // sets a block / mute state
  dissolveGroup: 'not-idempotent', // a repeat fails: already gone
  downloadAndParseCombineMessage: 'idempotent', // downloads a combined message
  downloadGroupSharedFile: 'local', // callback-based download, returns nothing: use fromSuccessFail
  enableSendChatRoomMsg: 'idempotent', // sets a block / mute state
  enableSendGroupMsg: 'idempotent', // sets a block / mute state
  fetchChatRoomAnnouncement: 'idempotent', // read
  fetchChatRoomSharedFileList: 'idempotent', // read
  fetchGroupAnnouncement: 'idempotent', // read
  fetchGroupSharedFileList: 'idempotent', // read
  fetchHistoryMessages: 'idempotent', // read
  fetchUserInfoById: 'idempotent', // read
  getAllContacts: 'idempotent', // read
  getBlacklist: 'idempotent', // read
  getBlocklist: 'idempotent', // read
  getChatRoomAdmin: 'idempotent', // read
  getChatRoomAllowlist: 'idempotent', // read
  getChatRoomAttributes: 'idempotent', // read
  getChatRoomBlacklist: 'idempotent', // read
  getChatRoomBlacklistNew: 'idempotent', // read
  getChatRoomDetails: 'idempotent', // read
  getChatRoomMembers: 'idempotent', // read
  getChatRoomMuted: 'idempotent', // read
  getChatRoomMuteList: 'idempotent', // read
  getChatRoomMutelist: 'idempotent', // read
  getChatRooms: 'idempotent', // read
  getChatRoomSharedFilelist: 'idempotent', // read
  getChatRoomWhitelist: 'idempotent', // read
  getChatThreadDetail: 'idempotent', // read
  getChatThreadLastMessage: 'idempotent', // read
  getChatThreadMembers: 'idempotent', // read
  getChatThreads: 'idempotent', // read
  getContacts: 'idempotent', // read
  getContactsWithCursor: 'idempotent', // read
  getConversationlist: 'idempotent', // read
  getGroup: 'idempotent', // read
  getGroupAdmin: 'idempotent', // read
  getGroupAllowlist: 'idempotent', // read
  getGroupBlacklist: 'idempotent', // read
  getGroupBlacklistNew: 'idempotent', // read
  getGroupBlocklist: 'idempotent', // read
  getGroupInfo: 'idempotent', // read
  getGroupMemberAttributes: 'idempotent', // read
  getGroupMembers: 'idempotent', // read
  getGroupMembersAttributes: 'idempotent', // read
  getGroupMsgReadUser: 'idempotent', // read
  getGroupMuteList: 'idempotent', // read
  getGroupSharedFilelist: 'idempotent', // read
  getGroupWhitelist: 'idempotent', // read
  getHistoryMessages: 'idempotent', // read
  getJoinedChatRooms: 'idempotent', // read
  getJoinedChatThreads: 'idempotent', // read
  getJoinedGroups: 'idempotent', // read
  getJoinedGroupsCount: 'idempotent', // read
  getMuted: 'idempotent', // read
  getPresenceStatus: 'idempotent', // read
  getPublicGroups: 'idempotent', // read
  getPushPerformLanguage: 'idempotent', // read
  getReactionDetail: 'idempotent', // read
  getReactionList: 'idempotent', // read
  getReactionlist: 'idempotent', // read
  getRTCToken: 'idempotent', // read
  getSelfIdsOnOtherPlatform: 'idempotent', // read
  getServerConversations: 'idempotent', // read
  getServerConversationsByFilter: 'idempotent', // read
  getServerPinnedConversations: 'idempotent', // read
  getServerPinnedMessages: 'idempotent', // read
  getSessionList: 'idempotent', // read
  getSilentModeForAll: 'idempotent', // read
  getSilentModeForConversation: 'idempotent', // read
  getSilentModeForConversations: 'idempotent', // read
  getSilentModeRemindTypeConversations: 'idempotent', // read
  getSubscribedPresenceList: 'idempotent', // read
  getSubscribedPresencelist: 'idempotent', // read
  getSupportedLanguages: 'idempotent', // read
  getUserIdByRTCUIds: 'idempotent', // read
  groupBlockMulti: 'idempotent', // sets a block / mute state
  groupBlockSingle: 'idempotent', // sets a block / mute state
  inviteToGroup: 'not-idempotent', // a repeat sends a second invitation
  inviteUsersToGroup: 'not-idempotent', // a repeat sends a second invitation
  isChatRoomWhiteUser: 'idempotent', // read
  isGroupWhiteUser: 'idempotent', // read
  isInChatRoomAllowlist: 'idempotent', // read
  isInChatRoomMutelist: 'idempotent', // read
  isInGroupAllowlist: 'idempotent', // read
  isInGroupMutelist: 'idempotent', // read
  isInGroupWhiteList: 'idempotent', // read
  isOpened: 'local', // connection state flag
  joinChatRoom: 'idempotent', // entering a room one is in succeeds
  joinChatThread: 'not-idempotent', // a repeat fails: already a member
  joinGroup: 'not-idempotent', // a repeat fails "already member" or files a second application
  leaveChatRoom: 'idempotent', // leaving a room one left succeeds
  leaveChatThread: 'not-idempotent', // a repeat fails: not a member
  leaveGroup: 'not-idempotent', // a repeat fails: not a member
  listChatRoomMember: 'idempotent', // read
  listChatRoomMembers: 'idempotent', // read
  listen: 'local', // registers the deprecated handler object
  listGroupMember: 'idempotent', // read
  listGroupMembers: 'idempotent', // read
  listGroups: 'idempotent', // read
  modifyChatRoom: 'idempotent', // sets fields to values
  modifyGroup: 'idempotent', // sets fields to values
  modifyMessage: 'not-idempotent', // an edit: a repeat conflicts with the first
  mute: 'idempotent', // sets a mute
  muteChatRoomMember: 'idempotent', // sets a block / mute state
  muteGroupMember: 'idempotent', // sets a block / mute state
  onShow: 'local', // mini-program foreground hook
  open: 'sdk-retries', // logs in and connects; the SDK reconnects by itself (autoReconnectNumMax)
  pinConversation: 'idempotent', // sets the pinned state
  pinMessage: 'idempotent', // sets the pinned state
  publishPresence: 'idempotent', // sets the presence to a value
  quitChatRoom: 'idempotent', // leaving a room one left succeeds
  quitGroup: 'not-idempotent', // a repeat fails: not a member
  recallMessage: 'not-idempotent', // a repeat after success fails: already recalled
  reconnect: 'local', // private: the SDK's own reconnect
  registerUser: 'not-idempotent', // a repeat fails with "user already exists"
  rejectGroupInvite: 'not-idempotent', // a repeat fails: the request is handled
  rejectGroupJoinRequest: 'not-idempotent', // a repeat fails: the request is handled
  rejectInviteIntoGroup: 'not-idempotent', // a repeat fails: the request is handled
  rejectJoinGroup: 'not-idempotent', // a repeat fails: the request is handled
  removeAdmin: 'not-idempotent', // a repeat fails: not an admin
  removeChatRoomAdmin: 'not-idempotent', // a repeat fails: not an admin
  removeChatRoomAllowlistMember: 'idempotent', // list membership: removing absent members is accepted
  removeChatRoomAttribute: 'idempotent', // removes keys
  removeChatRoomAttributes: 'idempotent', // removes keys
  removeChatRoomBlockMulti: 'idempotent', // sets a block / mute state
  removeChatRoomBlockSingle: 'idempotent', // sets a block / mute state
  removeChatRoomMember: 'not-idempotent', // a repeat fails: not a member
  removeChatRoomMembers: 'not-idempotent', // a repeat fails: not a member
  removeChatRoomWhitelistMember: 'idempotent', // list membership: removing absent members is accepted
  removeChatThreadMember: 'not-idempotent', // a repeat fails: not a member
  removeConversationMark: 'idempotent', // clears marks
  removeEventHandler: 'local', // event removal
  removeFromBlackList: 'idempotent', // list membership: removing absent members is accepted
  removeGroupAdmin: 'not-idempotent', // a repeat fails: not an admin
  removeGroupAllowlistMember: 'idempotent', // list membership: removing absent members is accepted
  removeGroupBlockMulti: 'idempotent', // sets a block / mute state
  removeGroupBlockSingle: 'idempotent', // sets a block / mute state
  removeGroupMember: 'not-idempotent', // a repeat fails: not a member
  removeGroupMembers: 'not-idempotent', // a repeat fails: not a member
  removeGroupWhitelistMember: 'idempotent', // list membership: removing absent members is accepted
  removeHistoryMessages: 'not-idempotent', // a repeat may fail on messages already removed
  removeMultiChatRoomMember: 'not-idempotent', // a repeat fails: not a member
  removeMultiGroupMember: 'not-idempotent', // a repeat fails: not a member
  removeMute: 'idempotent', // clears a mute
  removeMuteChatRoomMember: 'idempotent', // clears a mute
  removeSingleChatRoomMember: 'not-idempotent', // a repeat fails: not a member
  removeSingleGroupMember: 'not-idempotent', // a repeat fails: not a member
  removeUserFromBlackList: 'idempotent', // list membership: removing absent members is accepted
  removeUserFromBlocklist: 'idempotent', // list membership: removing absent members is accepted
  renewToken: 'idempotent', // replaces the token with the given one
  reportMessage: 'not-idempotent', // a repeat files a second report
  rmUsersFromChatRoomWhitelist: 'idempotent', // list membership: removing absent members is accepted
  rmUsersFromGroupWhitelist: 'idempotent', // list membership: removing absent members is accepted
  send: 'not-idempotent', // a second call can deliver the message twice
  setAdmin: 'not-idempotent', // a repeat fails: already an admin
  setChatRoomAdmin: 'not-idempotent', // a repeat fails: already an admin
  setChatRoomAttribute: 'idempotent', // sets fields to values
  setChatRoomAttributes: 'idempotent', // sets fields to values
  setContactRemark: 'idempotent', // sets a value
  setGroupAdmin: 'not-idempotent', // a repeat fails: already an admin
  setGroupMemberAttributes: 'idempotent', // sets fields to values
  setLoginInfoCustomExt: 'local', // local setting sent with the next login
  setPushPerformLanguage: 'idempotent', // sets fields to values
  setSilentModeForAll: 'idempotent', // sets fields to values
  setSilentModeForConversation: 'idempotent', // sets fields to values
  subscribePresence: 'idempotent', // subscription set
  translateMessage: 'idempotent', // pure translation request
  unbindPushToken: 'idempotent', // unbinding twice leaves it unbound
  unblockChatRoomMember: 'idempotent', // sets a block / mute state
  unblockChatRoomMembers: 'idempotent', // sets a block / mute state
  unblockGroupMember: 'idempotent', // sets a block / mute state
  unblockGroupMembers: 'idempotent', // sets a block / mute state
  unblockGroupMessage: 'idempotent', // sets a block / mute state
  unmuteChatRoomMember: 'idempotent', // sets a block / mute state
  unmuteGroupMember: 'idempotent', // sets a block / mute state
  unpinMessage: 'idempotent', // sets the pinned state
  unsubscribePresence: 'idempotent', // subscription set
  updateChatRoomAnnouncement: 'idempotent', // sets fields to values
  updateCurrentUserNick: 'idempotent', // sets a value
  updateGroupAnnouncement: 'idempotent', // sets fields to values
  updateOwnUserInfo: 'idempotent', // sets fields to values
  updateUserInfo: 'idempotent', // sets fields to values
  uploadChatRoomSharedFile: 'local', // callback-based upload, returns nothing: use fromSuccessFail
  uploadGroupSharedFile: 'local', // callback-based upload, returns nothing: use fromSuccessFail
  uploadPushToken: 'idempotent', // registers the device push token; the same token again is accepted
  uploadToken: 'idempotent', // registers the device push token; the same token again is accepted
  voiceFileToText: 'idempotent', // pure speech-to-text request
  voiceMessageToText: 'idempotent', // pure speech-to-text request
};
