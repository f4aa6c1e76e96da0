/**
 * The methods of a `TencentCloudChat` instance (`@tencentcloud/chat` 3.x, `tim-js-sdk` 2.x) and whether each is
 * safe to call again, judged from the SDK's `index.d.ts` and its docs. Reads and "set to X" are `idempotent`; sends,
 * creates, adds and deletes are not (a second call after a lost answer acts twice or fails with "already…" /
 * "not found"). The SDK reconnects its socket by itself (3 attempts) and re-sends requests still in flight when it
 * reconnects, so nothing is retried on top of that.
 */
import type { MethodTable } from '../src/retry/methods.js';

/** `TencentCloudChat` instance methods → {@link MethodTable} safety. */
export const tencentMethods: MethodTable = {
  // Session
  login: 'sdk-retries', // a second login within 15 s fails with "repeat login"; the SDK re-logs in after reconnects
  logout: 'not-idempotent', // clears the session; a repeat fails with "not logged in"
  destroy: 'not-idempotent', // tears the instance down
  getLoginUser: 'local', // returns the user ID held in memory
  getServerTime: 'local', // computed from the last server time sync
  isReady: 'local', // SDK state flag
  on: 'local', // event registration
  off: 'local', // event removal
  registerPlugin: 'local', // installs an upload / moderation plugin
  setLogLevel: 'local', // local setting
  callExperimentalAPI: 'not-idempotent', // unknown experimental calls: never repeated blindly
  // Message factories (synchronous, local)
  createTextMessage: 'local', // builds a Message object
  createTextAtMessage: 'local', // builds a Message object
  createImageMessage: 'local', // builds a Message object
  createAudioMessage: 'local', // builds a Message object
  createVideoMessage: 'local', // builds a Message object
  createCustomMessage: 'local', // builds a Message object
  createFaceMessage: 'local', // builds a Message object
  createFileMessage: 'local', // builds a Message object
  createLocationMessage: 'local', // builds a Message object
  createMergerMessage: 'local', // builds a Message object
  createForwardMessage: 'local', // builds a Message object
  findMessage: 'local', // looks a message up in the local cache
  getTotalUnreadMessageCount: 'local', // counted from the local conversation list
  // Messages
  sendMessage: 'not-idempotent', // a second call can deliver the message twice; retry with resendMessage(message)
  resendMessage: 'not-idempotent', // the app's explicit "resend" of a failed Message; not repeated automatically
  revokeMessage: 'not-idempotent', // a repeat after success fails with "already recalled"
  deleteMessage: 'not-idempotent', // a repeat after success fails on messages already deleted
  modifyMessage: 'not-idempotent', // versioned edit: a repeat conflicts with the first
  downloadMergerMessage: 'idempotent', // downloads a merged message's content
  translateText: 'idempotent', // pure translation request
  convertVoiceToText: 'idempotent', // pure speech-to-text request
  setMessageExtensions: 'idempotent', // sets keys to values
  getMessageExtensions: 'idempotent', // read
  deleteMessageExtensions: 'idempotent', // removes keys; removing absent keys succeeds
  searchCloudMessages: 'idempotent', // read
  searchCloudGroups: 'idempotent', // read
  searchCloudUsers: 'idempotent', // read
  searchCloudGroupMembers: 'idempotent', // read
  addMessageReaction: 'not-idempotent', // a repeat fails with "reaction already exists"
  removeMessageReaction: 'not-idempotent', // a repeat fails with "reaction not found"
  getMessageReactions: 'idempotent', // read
  getAllUserListOfMessageReaction: 'idempotent', // read
  getMessageList: 'idempotent', // read (paged by nextReqMessageID)
  getMessageListHopping: 'idempotent', // read
  setMessageRead: 'idempotent', // marks read up to now; repeating marks the same
  sendMessageReadReceipt: 'idempotent', // receipts for the same messages; the server keeps one per reader
  getMessageReadReceiptList: 'idempotent', // read
  getGroupMessageReadMemberList: 'idempotent', // read
  // Conversations
  getConversationList: 'idempotent', // read
  getConversationProfile: 'idempotent', // read
  deleteConversation: 'not-idempotent', // a repeat after success fails with "conversation not found"
  setConversationDraft: 'idempotent', // sets the draft to a value
  clearHistoryMessage: 'idempotent', // clears up to now; clearing twice leaves it cleared
  pinConversation: 'idempotent', // sets isPinned to a value
  setAllMessageRead: 'idempotent', // marks everything read
  setMessageRemindType: 'idempotent', // sets a DND mode
  setAllReceiveMessageOpt: 'idempotent', // sets the global receive option
  getAllReceiveMessageOpt: 'idempotent', // read
  setConversationCustomData: 'idempotent', // sets a value
  markConversation: 'idempotent', // sets or clears a mark flag
  getConversationGroupList: 'idempotent', // read
  createConversationGroup: 'not-idempotent', // a repeat fails with "group name already exists"
  deleteConversationGroup: 'not-idempotent', // a repeat fails with "not found"
  renameConversationGroup: 'not-idempotent', // a repeat fails: the old name is gone
  addConversationsToGroup: 'idempotent', // membership set: adding members already in it is accepted
  deleteConversationsFromGroup: 'idempotent', // membership set: removing absent ones is accepted
  // Profiles and status
  getMyProfile: 'idempotent', // read
  getUserProfile: 'idempotent', // read
  updateMyProfile: 'idempotent', // sets fields to values
  getBlacklist: 'idempotent', // read
  addToBlacklist: 'idempotent', // set semantics: blocking a blocked user is accepted per user
  removeFromBlacklist: 'idempotent', // set semantics
  setSelfStatus: 'idempotent', // sets a value
  getUserStatus: 'idempotent', // read
  subscribeUserStatus: 'idempotent', // subscription set
  unsubscribeUserStatus: 'idempotent', // subscription set
  // Friends
  getFriendList: 'idempotent', // read
  addFriend: 'not-idempotent', // sends a friend request; a repeat sends another or fails "already friend"
  deleteFriend: 'not-idempotent', // a repeat fails with "not friend"
  checkFriend: 'idempotent', // read
  getFriendProfile: 'idempotent', // read
  updateFriend: 'idempotent', // sets remark / fields to values
  getFriendApplicationList: 'idempotent', // read
  acceptFriendApplication: 'not-idempotent', // a repeat fails: the application is gone
  refuseFriendApplication: 'not-idempotent', // a repeat fails: the application is gone
  deleteFriendApplication: 'not-idempotent', // a repeat fails: the application is gone
  setFriendApplicationRead: 'idempotent', // marks all read
  getFriendGroupList: 'idempotent', // read
  createFriendGroup: 'not-idempotent', // a repeat fails with "already exists"
  deleteFriendGroup: 'not-idempotent', // a repeat fails with "not found"
  addToFriendGroup: 'idempotent', // membership set
  removeFromFriendGroup: 'idempotent', // membership set
  renameFriendGroup: 'not-idempotent', // a repeat fails: the old name is gone
  followUser: 'idempotent', // follow set
  unfollowUser: 'idempotent', // follow set
  getMyFollowersList: 'idempotent', // read
  getMyFollowingList: 'idempotent', // read
  getMutualFollowersList: 'idempotent', // read
  getUserFollowInfo: 'idempotent', // read
  checkFollowType: 'idempotent', // read
  // Groups
  getGroupList: 'idempotent', // read
  getGroupProfile: 'idempotent', // read
  createGroup: 'not-idempotent', // a repeat creates a second group (or fails on a fixed groupID)
  dismissGroup: 'not-idempotent', // a repeat fails with "group not found"
  updateGroupProfile: 'idempotent', // sets fields to values
  joinGroup: 'not-idempotent', // a repeat fails "already member" or files a second application
  quitGroup: 'not-idempotent', // a repeat fails with "not a member"
  pinGroupMessage: 'idempotent', // sets the pinned state of one message
  getPinnedGroupMessageList: 'idempotent', // read
  searchGroupByID: 'idempotent', // read
  getGroupOnlineMemberCount: 'idempotent', // read
  changeGroupOwner: 'not-idempotent', // a repeat fails: the caller is no longer the owner
  getGroupApplicationList: 'idempotent', // read
  handleGroupApplication: 'not-idempotent', // a repeat fails: the application is handled
  initGroupAttributes: 'idempotent', // replaces all attributes with the given ones
  setGroupAttributes: 'idempotent', // sets keys to values
  deleteGroupAttributes: 'idempotent', // removes keys
  getGroupAttributes: 'idempotent', // read
  setGroupCounters: 'idempotent', // sets counters to values
  increaseGroupCounter: 'not-idempotent', // a repeat adds twice
  decreaseGroupCounter: 'not-idempotent', // a repeat subtracts twice
  getGroupCounters: 'idempotent', // read
  getGroupMemberList: 'idempotent', // read
  getGroupMemberProfile: 'idempotent', // read
  addGroupMember: 'not-idempotent', // a repeat reports the members as already in the group
  deleteGroupMember: 'not-idempotent', // a repeat reports them as not members
  setGroupMemberMuteTime: 'idempotent', // sets a mute end time
  setGroupMemberRole: 'idempotent', // sets a role
  setGroupMemberNameCard: 'idempotent', // sets a value
  setGroupMemberCustomField: 'idempotent', // sets values
  markGroupMemberList: 'idempotent', // sets or clears a mark
  getJoinedCommunityList: 'idempotent', // read
  createTopicInCommunity: 'not-idempotent', // a repeat creates a second topic
  deleteTopicFromCommunity: 'not-idempotent', // a repeat fails with "not found"
  updateTopicProfile: 'idempotent', // sets fields to values
  getTopicList: 'idempotent', // read
  // Signaling
  addSignalingListener: 'local', // event registration
  removeSignalingListener: 'local', // event removal
  invite: 'not-idempotent', // a repeat sends a second invitation
  inviteSync: 'local', // callback variant of invite, returns nothing: wrap it with fromSuccessFail
  inviteInGroup: 'not-idempotent', // a repeat sends a second invitation
  inviteInGroupSync: 'local', // callback variant of inviteInGroup, returns nothing: wrap it with fromSuccessFail
  cancel: 'not-idempotent', // a repeat fails: the invitation is gone
  accept: 'not-idempotent', // a repeat fails: the invitation is handled
  reject: 'not-idempotent', // a repeat fails: the invitation is handled
  getSignalingInfo: 'local', // parses a signaling message locally
  modifyInvitation: 'not-idempotent', // a repeat conflicts with the first
};
